using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Assignments;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Reviewing;

/// <summary>An expert's own assignment with the call's evaluation grid, and the review as the expert sees it.</summary>
public sealed class ReviewSheets(IAppDbContext db, OwnAssignments own)
{
    public async Task<Result<(ReviewAssignment Assignment, EvaluationGrid Grid)>> Load(Guid assignmentId, CancellationToken ct)
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

    public static ReviewDto Describe(ReviewAssignment a, EvaluationGrid grid) =>
        new(a.Id, a.ProposalId, a.Status, a.Review?.Scores ?? new Dictionary<string, decimal>(), a.Review?.Comments ?? new Dictionary<string, string>(), a.Review?.OverallComment, a.Review?.Recommendation,
            a.Status == AssignmentStatus.Submitted ? [] : a.Review?.MissingFor(grid) ?? [.. grid.Criteria.Select(c => $"scores.{c.Key}"), "recommendation"],
            a.LockedAt is not null || a.Status == AssignmentStatus.Submitted, a.Review?.UpdatedAt, a.Review?.SubmittedAt);
}
