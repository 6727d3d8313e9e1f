using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.JoinRequests.ListMyJoinRequests;

/// <summary>The caller's own requests to join an organisation, newest first.</summary>
public sealed class ListMyJoinRequests(IAppDbContext db, ICurrentUser user)
{
    public async Task<IReadOnlyList<JoinRequestResponse>> Handle(CancellationToken ct) =>
        await (from r in db.JoinRequests.AsNoTracking()
               where r.UserId == user.UserId
               join o in db.Organisations on r.OrganisationId equals o.Id
               orderby r.CreatedAt descending
               select new JoinRequestResponse(r.Id, r.OrganisationId, o.Name, r.UserId, r.Email, r.Message, r.Status, r.CreatedAt, r.DecidedAt, null))
            .Take(50)
            .ToListAsync(ct);
}
