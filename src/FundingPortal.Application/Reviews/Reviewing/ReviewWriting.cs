using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Reviewing;

/// <summary>An expert reads, drafts and submits the review of an assignment. The last submission of a dossier makes it Reviewed.</summary>
public sealed class ReviewWriting(IAppDbContext db, OwnAssignments own, AssignmentRecorder recorder, EvaluationRefresher reviews, IAuditTrail audit,
    IOutbox outbox, ConcurrencyRetry retry, TimeProvider clock)
{
    public async Task<Result<ReviewDto>> Get(Guid assignmentId, CancellationToken ct)
    {
        var loaded = await own.Load(assignmentId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        return Describe(loaded.Value, await GridOf(loaded.Value, ct));
    }

    public Task<Result<ReviewDto>> SaveDraft(Guid assignmentId, ReviewRequest request, CancellationToken ct) => retry.Run<ReviewDto>(async () =>
    {
        var loaded = await LoadWritable(assignmentId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (assignment, grid) = loaded.Value;
        var before = assignment.Status;
        var saved = assignment.SaveDraft(request.ToDraft(), grid, clock.GetUtcNow());
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        if (before != assignment.Status)
        {
            await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "assignment_accepted", before.ToString(), assignment.Status.ToString(),
                new { byDraft = true }, ct);
        }

        await db.SaveChangesAsync(ct);
        return Describe(assignment, grid);
    });

    public Task<Result<ReviewDto>> Submit(Guid assignmentId, CancellationToken ct) => retry.Run<ReviewDto>(async () =>
    {
        var loaded = await LoadWritable(assignmentId, ct);
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
        await db.SaveChangesAsync(ct);
        return Describe(assignment, grid);
    });

    private async Task<Result<(ReviewAssignment Assignment, EvaluationGrid Grid)>> LoadWritable(Guid assignmentId, CancellationToken ct)
    {
        var loaded = await own.Load(assignmentId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var assignment = loaded.Value;
        return (assignment, await GridOf(assignment, ct));
    }

    private async Task<EvaluationGrid> GridOf(ReviewAssignment assignment, CancellationToken ct) =>
        await db.Calls.AsNoTracking().Where(c => c.Id == assignment.CallId).Select(c => c.EvaluationGrid).FirstAsync(ct);

    private static ReviewDto Describe(ReviewAssignment a, EvaluationGrid grid) =>
        new(a.Id, a.ProposalId, a.Status, a.Review?.Scores ?? new Dictionary<string, decimal>(), a.Review?.Comments ?? new Dictionary<string, string>(), a.Review?.OverallComment, a.Review?.Recommendation,
            a.Status == AssignmentStatus.Submitted ? [] : a.Review?.MissingFor(grid) ?? [.. grid.Criteria.Select(c => $"scores.{c.Key}"), "recommendation"],
            a.LockedAt is not null || a.Status == AssignmentStatus.Submitted, a.Review?.UpdatedAt, a.Review?.SubmittedAt);
}
