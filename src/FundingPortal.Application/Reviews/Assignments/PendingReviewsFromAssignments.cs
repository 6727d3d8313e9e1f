using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reminders;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>Reviews experts still owe (active, not submitted, not frozen, on a dossier still under review), for reminders and calendars.</summary>
public sealed class PendingReviewsFromAssignments(IAppDbContext db) : IPendingReviews
{
    public async Task<IReadOnlyList<PendingReview>> ListAsync(CancellationToken cancellationToken)
    {
        var rows = await db.ReviewAssignments.AsNoTracking()
            .Where(a => (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted) && a.LockedAt == null)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId, a.CallId, a.ProposalId })
            .Join(db.Proposals.Where(p => p.Status == ProposalStatus.UnderReview), x => x.ProposalId, p => p.Id,
                (x, p) => new { x.Id, x.UserId, x.CallId, x.ProposalId, p.Reference, p.Acronym })
            .ToListAsync(cancellationToken);
        var callIds = rows.Select(r => r.CallId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return rows.Select(r => new PendingReview(r.Id, r.UserId, r.CallId, calls[r.CallId].Title, r.ProposalId, r.Reference, r.Acronym,
            calls[r.CallId].Timeline.ReviewDeadline)).ToList();
    }

    public async Task<IReadOnlyList<Guid>> CallsReviewedByAsync(Guid expertUserId, CancellationToken cancellationToken) =>
        await db.Experts.AsNoTracking().Where(e => e.UserId == expertUserId).SelectMany(e => e.CallIds).Distinct().ToListAsync(cancellationToken);
}
