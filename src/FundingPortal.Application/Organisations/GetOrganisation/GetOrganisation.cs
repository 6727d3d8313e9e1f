using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.GetOrganisation;

public sealed class GetOrganisation(IAppDbContext db, ICurrentUser user)
{
    public async Task<Result<OrganisationResponse>> Handle(Guid id, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organisation is null || !await MayRead(id, ct))
        {
            return Error.NotFound("Organisation");
        }

        return OrganisationResponse.From(organisation);
    }

    private async Task<bool> MayRead(Guid organisationId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.ClusterManager) || user.OrganisationId == organisationId)
        {
            return true;
        }

        if (user.OrganisationId is not { } mine)
        {
            return false;
        }

        // Consortium partners see each other.
        return await db.Proposals.AnyAsync(p => p.Partners.Any(x => x.OrganisationId == mine) && p.Partners.Any(x => x.OrganisationId == organisationId), ct);
    }
}
