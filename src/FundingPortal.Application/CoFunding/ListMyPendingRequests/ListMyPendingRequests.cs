using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding.ListMyPendingRequests;

public sealed record PendingFundingRequestDto(Guid ProposalId, string Reference, string Acronym, string CallTitle, decimal RequestedAid,
    DateTimeOffset RequestedAt, DateTimeOffset DueAt);

/// <summary>
/// A funder officer's "to do": the requests sent to their funder that still await its decision, the soonest due first
/// (the call's funding decision deadline). Empty for anyone who is not a funder officer.
/// </summary>
public sealed class ListMyPendingRequests(IAppDbContext db, ICurrentUser user)
{
    public async Task<IReadOnlyList<PendingFundingRequestDto>> Handle(CancellationToken ct)
    {
        if (FunderOfficerRelation.OfficerFunder(user) is not { } funderId)
        {
            return [];
        }

        var pending = await db.FundingRequests.AsNoTracking().Where(r => r.FunderId == funderId && r.Decision == null)
            .Join(db.Proposals, r => r.ProposalId, p => p.Id, (r, p) => new { r.ProposalId, p.Reference, p.Acronym, r.CallId, r.RequestedAid, r.RequestedAt })
            .ToListAsync(ct);
        var callIds = pending.Select(p => p.CallId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return pending
            .Select(p => new PendingFundingRequestDto(p.ProposalId, p.Reference, p.Acronym, calls[p.CallId].Title, p.RequestedAid, p.RequestedAt,
                calls[p.CallId].Timeline.FundingDecisionDeadline.Utc))
            .OrderBy(p => p.DueAt).ThenBy(p => p.Reference, StringComparer.Ordinal)
            .ToList();
    }
}
