using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.ListMembers;

public sealed record MemberResponse(Guid UserId, string Email);

/// <summary>Who belongs to the organisation, for its members and the cluster's managers.</summary>
public sealed class ListMembers(IAppDbContext db, ICurrentUser user, IUserDirectory users)
{
    public async Task<Result<IReadOnlyList<MemberResponse>>> Handle(Guid organisationId, CancellationToken ct)
    {
        if ((user.OrganisationId != organisationId && !user.IsInRole(Roles.ClusterManager)) || !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.NotFound("Organisation");
        }

        var members = await users.MembersOfAsync([organisationId], ct);
        return members.OrderBy(m => m.Email, StringComparer.OrdinalIgnoreCase).Select(m => new MemberResponse(m.UserId, m.Email)).ToList();
    }
}
