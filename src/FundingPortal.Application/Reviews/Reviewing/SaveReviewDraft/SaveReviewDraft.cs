using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Reviewing.SaveReviewDraft;

/// <summary>An expert saves a draft of a review (which also accepts a pending invitation).</summary>
public sealed class SaveReviewDraft(IAppDbContext db, ReviewSheets sheets, IAuditTrail audit, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<ReviewDto>> Handle(Guid assignmentId, ReviewRequest request, CancellationToken ct) => retry.Run<ReviewDto>(async () =>
    {
        var loaded = await sheets.Load(assignmentId, ct);
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

        var written = await db.TrySaveChangesAsync(ct);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        return ReviewSheets.Describe(assignment, grid);
    });
}
