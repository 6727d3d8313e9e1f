using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>The expert accepts or declines an invitation; a declined slot goes at once to the best eligible expert.</summary>
public sealed class RespondToAssignment(IAppDbContext db, OwnAssignments own, SlotRefiller refiller, EvaluationRefresher reviews, AssignmentQueries queries,
    IAuditTrail audit, IOutbox outbox, ConcurrencyRetry retry, TimeProvider clock)
{
    public const string DeclaredOnDecline = "Conflit d'intérêts déclaré en refusant l'évaluation du dossier.";

    public Task<Result<MyAssignmentDto>> Accept(Guid assignmentId, CancellationToken ct) => retry.Run<MyAssignmentDto>(async () =>
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
            await db.SaveChangesAsync(ct);
        }

        return await queries.Mine(assignment.Id, ct);
    });

    public Task<Result<MyAssignmentDto>> Decline(Guid assignmentId, DeclineRequest request, CancellationToken ct) => retry.Run<MyAssignmentDto>(async () =>
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
            return await queries.Mine(assignment.Id, ct);
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

        var reassigned = await Reassign(assignment, now, ct);
        await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "assignment_declined", before.ToString(), assignment.Status.ToString(),
            new { reason = reason.ToString(), request.Comment, reassigned }, ct);
        var reference = await db.Proposals.Where(p => p.Id == assignment.ProposalId).Select(p => p.Reference).FirstAsync(ct);
        outbox.Enqueue(new AssignmentDeclined(assignment.Id, assignment.ProposalId, assignment.CallId, reference, assignment.ExpertId, reason.ToString(), now,
            reassigned > 0));
        await db.SaveChangesAsync(ct);
        // Declining for a conflict hides the dossier from now on; the answer still shows what was declined.
        return await queries.Answered(assignment.Id, assignment.ExpertId, ct);
    });

    /// <summary>Declines and refills, also used when a declaration of conflict catches existing assignments.</summary>
    public async Task<int> Reassign(ReviewAssignment declined, DateTimeOffset now, CancellationToken ct)
    {
        var review = await reviews.Take(declined.ProposalId, declined.CallId, now, ct);
        var proposal = await db.Proposals.Include(p => p.Partners).FirstAsync(p => p.Id == declined.ProposalId, ct);
        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == declined.CallId, ct);
        var callAssignments = await db.ReviewAssignments.Where(a => a.CallId == declined.CallId).ToListAsync(ct);
        return await refiller.Refill(proposal, call, callAssignments, review, now, ct);
    }
}
