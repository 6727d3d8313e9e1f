using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations;

public sealed record CreateOrganisationRequest(string? Name, string? Siren, OrganisationCategory Category, string? Region, string? ParentSiren);

public sealed class CreateOrganisation(IAppDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
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
        if (await db.Organisations.AnyAsync(o => o.Siren == organisation.Siren, ct))
        {
            return Error.Conflict("organisation_exists", $"An organisation with SIREN {organisation.Siren} already exists; ask one of its members to add you.");
        }

        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);

        var joined = await users.JoinOrganisationAsync(user.UserId, organisation.Id, ct);
        return joined.IsSuccess ? OrganisationResponse.From(organisation) : joined.Error!;
    }
}
