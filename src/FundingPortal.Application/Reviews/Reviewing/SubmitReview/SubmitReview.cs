using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Reviewing.SubmitReview;

/// <summary>An expert submits a review. The last submission of a dossier makes it Reviewed.</summary>
public sealed class SubmitReview(IAppDbContext db, ReviewSheets sheets, AssignmentRecorder recorder, EvaluationRefresher reviews, IAuditTrail audit,
    IOutbox outbox, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<ReviewDto>> Handle(Guid assignmentId, CancellationToken ct) => retry.Run<ReviewDto>(async () =>
    {
        var loaded = await sheets.Load(assignmentId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (assignment, grid) = loaded.Value;
        var now = clock.GetUtcNow();
        var before = assignment.Status;
        var submitted = assignment.SubmitReview(grid, now);
        if (!submitted.IsSuccess)
        {
            return submitted.Error!;
        }

        var review = await reviews.Take(assignment.ProposalId, assignment.CallId, now, ct);
        var proposal = await db.Proposals.FirstAsync(p => p.Id == assignment.ProposalId, ct);
        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == assignment.CallId, ct);
        var assignments = await db.ReviewAssignments.Where(a => a.ProposalId == assignment.ProposalId).ToListAsync(ct);
        var moved = await recorder.MoveAlong(proposal, call, assignments, review, now, ct);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "review_submitted", before.ToString(), assignment.Status.ToString(),
            new { assignment.Review!.Scores, recommendation = assignment.Review.Recommendation?.ToString() }, ct);
        var active = assignments.Where(a => a.IsActive).ToList();
        outbox.Enqueue(new ReviewSubmitted(assignment.Id, proposal.Id, call.Id, proposal.Reference, assignment.ExpertId, now,
            active.Count(a => a.HasSubmittedReview), active.Count));
        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return ReviewSheets.Describe(assignment, grid);
    });
}
