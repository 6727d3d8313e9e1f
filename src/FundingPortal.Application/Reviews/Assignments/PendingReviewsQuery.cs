using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

public sealed record OwedReview(Guid AssignmentId, Guid ExpertUserId, Guid CallId, string CallTitle, Guid ProposalId, string ProposalReference,
    string ProposalAcronym, LocalInstant ReviewDeadline);

/// <summary>Reviews experts still owe (active, not submitted, not frozen), for reminders and calendars.</summary>
public sealed class PendingReviewsQuery(IAppDbContext db)
{
    public async Task<IReadOnlyList<OwedReview>> ListAsync(CancellationToken ct)
    {
        var rows = await db.ReviewAssignments.AsNoTracking()
            .Where(a => (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted) && a.LockedAt == null)
            .Join(db.Experts, a => a.ExpertId, e => e.Id, (a, e) => new { a.Id, e.UserId, a.CallId, a.ProposalId })
            .Join(db.Proposals, x => x.ProposalId, p => p.Id, (x, p) => new { x.Id, x.UserId, x.CallId, x.ProposalId, p.Reference, p.Acronym })
            .ToListAsync(ct);
        var callIds = rows.Select(r => r.CallId).Distinct().ToList();
        var calls = await db.Calls.AsNoTracking().Where(c => callIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        return rows.Select(r => new OwedReview(r.Id, r.UserId, r.CallId, calls[r.CallId].Title, r.ProposalId, r.Reference, r.Acronym,
            calls[r.CallId].Timeline.ReviewDeadline)).ToList();
    }

    public async Task<IReadOnlyList<Guid>> CallsReviewedByAsync(Guid expertUserId, CancellationToken ct) =>
        await db.Experts.AsNoTracking().Where(e => e.UserId == expertUserId).SelectMany(e => e.CallIds).Distinct().ToListAsync(ct);
}
