using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.JoinRequests.ListJoinRequests;

/// <summary>Requests to join the organisation still waiting for an answer, for its members.</summary>
public sealed class ListJoinRequests(IAppDbContext db, ICurrentUser user, IUserDirectory users)
{
    public async Task<Result<IReadOnlyList<JoinRequestResponse>>> Handle(Guid organisationId, CancellationToken ct)
    {
        if (user.OrganisationId != organisationId)
        {
            return Error.NotFound("Organisation");
        }

        var name = await db.Organisations.Where(o => o.Id == organisationId).Select(o => o.Name).FirstAsync(ct);
        var requests = await db.JoinRequests.AsNoTracking().Where(r => r.OrganisationId == organisationId && r.Status == JoinRequestStatus.Pending)
            .OrderBy(r => r.CreatedAt).Take(200).ToListAsync(ct);
        var confirmed = new Dictionary<Guid, bool>();
        foreach (var request in requests)
        {
            confirmed[request.UserId] = (await users.FindByIdAsync(request.UserId, ct))?.EmailConfirmed == true;
        }

        return requests.Select(r => JoinRequestResponse.From(r, name, confirmed[r.UserId])).ToList();
    }
}
