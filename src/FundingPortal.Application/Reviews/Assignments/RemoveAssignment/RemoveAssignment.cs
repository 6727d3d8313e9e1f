using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.RemoveAssignment;

/// <summary>A manager takes an expert off a dossier (with the review they wrote, if any) until the committee has decided.</summary>
public sealed class RemoveAssignment(ManagerScope scope, IAppDbContext db, AssignmentRecorder recorder, EvaluationRefresher reviews, IAuditTrail audit, IOutbox outbox,
    RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<bool>> Handle(Guid proposalId, Guid assignmentId, CancellationToken ct) => retry.Run(() => Remove(proposalId, assignmentId, ct));

    private async Task<Result<bool>> Remove(Guid proposalId, Guid assignmentId, CancellationToken ct)
    {
        var callId = await db.ReviewAssignments.Where(a => a.Id == assignmentId && a.ProposalId == proposalId).Select(a => (Guid?)a.CallId).FirstOrDefaultAsync(ct);
        if (callId is null || !await scope.ManagesCallAsync(callId.Value, ct))
        {
            return Error.NotFound("Assignment");
        }

        var now = clock.GetUtcNow();
        var review = await reviews.Take(proposalId, callId.Value, now, ct);
        var assignments = await db.ReviewAssignments.Where(a => a.ProposalId == proposalId).ToListAsync(ct);
        var assignment = assignments.FirstOrDefault(a => a.Id == assignmentId);
        if (assignment is null)
        {
            return Error.NotFound("Assignment");
        }

        var removable = assignment.EnsureRemovable();
        if (!removable.IsSuccess)
        {
            return removable.Error!;
        }

        var proposal = await db.Proposals.FirstAsync(p => p.Id == proposalId, ct);
        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, ct);
        var expertUserId = await db.Experts.Where(e => e.Id == assignment.ExpertId).Select(e => e.UserId).FirstAsync(ct);

        db.ReviewAssignments.Remove(assignment);
        assignments.Remove(assignment);
        if (ReviewProgress.IsReviewable(proposal.Status))
        {
            var moved = await recorder.MoveAlong(proposal, call, assignments, review, now, ct);
            if (!moved.IsSuccess)
            {
                return moved.Error!;
            }
        }

        await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "expert_unassigned", assignment.Status.ToString(), null,
            new { proposalId, assignment.ExpertId, hadSubmittedReview = assignment.HasSubmittedReview }, ct);
        outbox.Enqueue(new ExpertUnassigned(assignment.Id, proposalId, call.Id, proposal.Reference, assignment.ExpertId, expertUserId, now));
        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return true;
    }
}
