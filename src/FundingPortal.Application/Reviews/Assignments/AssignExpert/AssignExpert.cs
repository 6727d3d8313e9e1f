using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.AssignExpert;

/// <summary>
/// A manager assigns one expert to one dossier. The conflict check comes first so that the answer to "may this
/// expert review this dossier?" never depends on the dossier's progress.
/// </summary>
public sealed class AssignExpert(ManagerScope scope, IAppDbContext db, ConflictProfiles conflicts, AssignmentRecorder recorder, EvaluationRefresher reviews, IAuditTrail audit,
    RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<AssignmentDto>> Handle(Guid proposalId, AssignExpertRequest request, CancellationToken ct) =>
        retry.Run(() => Assign(proposalId, request, ct));

    private async Task<Result<AssignmentDto>> Assign(Guid proposalId, AssignExpertRequest request, CancellationToken ct)
    {
        if (request.ExpertId is not { } expertId)
        {
            return Error.Field("expertId", "validation_failed", "expertId is required.");
        }

        var proposal = await scope.ManagedProposals().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == proposalId, ct);
        if (proposal is null)
        {
            return Error.NotFound("Proposal");
        }

        var expert = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).FirstOrDefaultAsync(e => e.Id == expertId, ct);
        if (expert is null || !expert.Reviews(proposal.CallId))
        {
            return Error.Field("expertId", "expert_not_in_call", "This expert is not on the list of experts of the dossier's call.");
        }

        if (await conflicts.Detect(expert, proposal, ct) is { } conflict)
        {
            return Error.Conflict("conflict_of_interest", conflict.Message).With("reason", conflict.Code);
        }

        var now = clock.GetUtcNow();
        var review = await reviews.Take(proposal.Id, proposal.CallId, now, ct);
        var assignments = await db.ReviewAssignments.Where(a => a.ProposalId == proposalId).ToListAsync(ct);
        if (assignments.FirstOrDefault(a => a.ExpertId == expertId) is { } existing)
        {
            return existing.IsActive
                ? Error.Conflict("already_assigned", "This expert is already assigned to the dossier.")
                : Error.Conflict("expert_declined", "This expert declined this dossier.");
        }

        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, ct);
        if (call.StatusAt(now) != CallStatus.Closed)
        {
            return Error.Conflict("call_not_closed", "Experts are assigned once the call has closed: dossiers can change until the deadline.");
        }

        if (!ReviewProgress.IsReviewable(proposal.Status))
        {
            return Error.Conflict("invalid_status", $"A dossier in status {proposal.Status} is not open to review.");
        }

        var assignment = recorder.Add(call, AssignmentOrigin.Manual, [(proposal, expert)], now)[0];
        assignments.Add(assignment);
        var moved = await recorder.MoveAlong(proposal, call, assignments, review, now, ct);
        if (!moved.IsSuccess)
        {
            return moved.Error!;
        }

        await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, "expert_assigned", null, assignment.Status.ToString(),
            new { proposalId, expertId, origin = assignment.Origin.ToString() }, ct);
        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return AssignmentDto.From(assignment, expert.DisplayName);
    }
}
