using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>Gives a declined slot to the best eligible expert: after a decline, and when a declaration of conflict catches existing assignments.</summary>
public sealed class DeclinedSlots(IAppDbContext db, SlotRefiller refiller, EvaluationRefresher reviews)
{
    public async Task<int> Reassign(ReviewAssignment declined, DateTimeOffset now, CancellationToken ct)
    {
        var review = await reviews.Take(declined.ProposalId, declined.CallId, now, ct);
        var proposal = await db.Proposals.Include(p => p.Partners).FirstAsync(p => p.Id == declined.ProposalId, ct);
        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == declined.CallId, ct);
        var callAssignments = await db.ReviewAssignments.Where(a => a.CallId == declined.CallId).ToListAsync(ct);
        return await refiller.Refill(proposal, call, callAssignments, review, now, ct);
    }
}
