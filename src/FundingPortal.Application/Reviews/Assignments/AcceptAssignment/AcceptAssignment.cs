using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reviews.Assignments.AcceptAssignment;

/// <summary>The expert accepts an invitation to review a dossier.</summary>
public sealed class AcceptAssignment(IAppDbContext db, OwnAssignments own, AssignmentViews views, IAuditTrail audit, RetryOnConflict retry,
    TimeProvider clock)
{
    public Task<Result<MyAssignmentDto>> Handle(Guid assignmentId, CancellationToken ct) => retry.Run<MyAssignmentDto>(async () =>
    {
        var loaded = await own.Load(assignmentId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var assignment = loaded.Value;
        var before = assignment.Status;
        var accepted = assignment.Accept(clock.GetUtcNow());
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        if (assignment.Status != before)
        {
            await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "assignment_accepted", before.ToString(), assignment.Status.ToString(), null, ct);
            var saved = await db.TrySaveChangesAsync(ct);
            if (!saved.IsSuccess)
            {
                return saved.Error!;
            }

        }

        return await views.Mine(assignment.Id, ct);
    });
}
