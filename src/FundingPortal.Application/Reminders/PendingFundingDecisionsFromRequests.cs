using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reminders;

/// <summary>Funding requests a funder has not decided yet.</summary>
public sealed class PendingFundingDecisionsFromRequests(IAppDbContext db) : IPendingFundingDecisions
{
    public async Task<IReadOnlyList<PendingFundingDecision>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from r in db.FundingRequests.AsNoTracking()
                          where r.Decision == null
                          join p in db.Proposals.AsNoTracking() on r.ProposalId equals p.Id
                          select new { r.Id, r.FunderId, r.CallId, ProposalId = p.Id, p.Reference, p.Acronym })
            .Take(10_000).ToListAsync(cancellationToken);
        var callIds = rows.Select(r => r.CallId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return rows.Select(r => new PendingFundingDecision(r.Id, r.FunderId, r.CallId, calls[r.CallId].Title, r.ProposalId, r.Reference, r.Acronym,
            calls[r.CallId].Timeline.FundingDecisionDeadline)).ToList();
    }
}
