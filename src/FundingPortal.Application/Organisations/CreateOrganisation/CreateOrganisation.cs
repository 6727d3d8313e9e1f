using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.CreateOrganisation;

public sealed record CreateOrganisationRequest(string? Name, string? Siren, OrganisationCategory Category, string? Region, string? ParentSiren = null);

public sealed class CreateOrganisation(IAppDbContext db, ICurrentUser user, Membership membership, TimeProvider clock)
{
    public async Task<Result<OrganisationResponse>> Handle(CreateOrganisationRequest request, CancellationToken ct)
    {
        if (user.OrganisationId is not null)
        {
            return Error.Conflict("already_member", "You already belong to an organisation.");
        }

        var created = Organisation.Create(request.Name, request.Siren, request.Category, request.Region, request.ParentSiren, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        var organisation = created.Value;
        var existing = await db.Organisations.Where(o => o.Siren == organisation.Siren).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct);
        if (existing is { } existingId)
        {
            return Error.Conflict("organisation_exists", $"An organisation with SIREN {organisation.Siren} already exists; ask to join it (POST /api/organisations/{existingId}/join-requests).")
                .With("organisationId", existingId);
        }

        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);

        var joined = await membership.Join(user.UserId, organisation.Id, ct);
        return joined.IsSuccess ? OrganisationResponse.From(organisation) : joined.Error!;
    }
}
