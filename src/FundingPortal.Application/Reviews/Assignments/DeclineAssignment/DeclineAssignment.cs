using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.DeclineAssignment;

/// <summary>The expert declines an invitation; the slot goes at once to the best eligible expert.</summary>
public sealed class DeclineAssignment(IAppDbContext db, OwnAssignments own, DeclinedSlots declinedSlots, AssignmentViews views, IAuditTrail audit,
    IOutbox outbox, RetryOnConflict retry, TimeProvider clock)
{
    public const string DeclaredOnDecline = "Conflit d'intérêts déclaré en refusant l'évaluation du dossier.";

    public Task<Result<MyAssignmentDto>> Handle(Guid assignmentId, DeclineRequest request, CancellationToken ct) => retry.Run<MyAssignmentDto>(async () =>
    {
        if (request.Reason is not { } reason || !Enum.IsDefined(reason))
        {
            return Error.Field("reason", "validation_failed", "reason is ConflictOfInterest, NotMyExpertise or TooManyAssignments.");
        }

        var loaded = await own.Load(assignmentId, ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var assignment = loaded.Value;
        if (assignment.Status == AssignmentStatus.Declined)
        {
            return await views.Mine(assignment.Id, ct);
        }

        var now = clock.GetUtcNow();
        var before = assignment.Status;
        var declined = assignment.Decline(reason, request.Comment, now);
        if (!declined.IsSuccess)
        {
            return declined.Error!;
        }

        if (reason == DeclineReason.ConflictOfInterest)
        {
            var expert = await db.Experts.Include(e => e.DeclaredConflicts).FirstAsync(e => e.Id == assignment.ExpertId, ct);
            expert.DeclareConflict(null, assignment.ProposalId, string.IsNullOrWhiteSpace(request.Comment) ? DeclaredOnDecline : request.Comment, now);
        }

        var reassigned = await declinedSlots.Reassign(assignment, now, ct);
        await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "assignment_declined", before.ToString(), assignment.Status.ToString(),
            new { reason = reason.ToString(), comment = PersonalField.Of(request.Comment), reassigned }, ct);
        var reference = await db.Proposals.Where(p => p.Id == assignment.ProposalId).Select(p => p.Reference).FirstAsync(ct);
        outbox.Enqueue(new AssignmentDeclined(assignment.Id, assignment.ProposalId, assignment.CallId, reference, assignment.ExpertId, reason.ToString(), now,
            reassigned > 0));
        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        // Declining for a conflict hides the dossier from now on; the answer still shows what was declined.
        return await views.Answered(assignment.Id, assignment.ExpertId, ct);
    });
}
