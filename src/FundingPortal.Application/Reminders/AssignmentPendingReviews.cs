using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reminders;

/// <summary>Reviews still owed: invited or accepted assignments whose review is not submitted.</summary>
public sealed class AssignmentPendingReviews(IAppDbContext db) : IPendingReviews
{
    public async Task<IReadOnlyList<PendingReview>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await (from a in db.ReviewAssignments.AsNoTracking()
                          where a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted
                          join e in db.Experts.AsNoTracking() on a.ExpertId equals e.Id
                          join p in db.Proposals.AsNoTracking() on a.ProposalId equals p.Id
                          select new { a.Id, e.UserId, a.CallId, p.Reference, p.Acronym, ProposalId = p.Id })
            .Take(10_000).ToListAsync(cancellationToken);
        var callIds = rows.Select(r => r.CallId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return rows.Select(r => new PendingReview(r.Id, r.UserId, r.CallId, calls[r.CallId].Title, r.ProposalId, r.Reference, r.Acronym,
            calls[r.CallId].Timeline.ReviewDeadline)).ToList();
    }

    public async Task<IReadOnlyList<Guid>> CallsReviewedByAsync(Guid expertUserId, CancellationToken cancellationToken) =>
        await (from a in db.ReviewAssignments.AsNoTracking()
               join e in db.Experts.AsNoTracking() on a.ExpertId equals e.Id
               where e.UserId == expertUserId && a.Status != AssignmentStatus.Declined
               select a.CallId).Distinct().ToListAsync(cancellationToken);
}
