using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.AutoAssign;

public sealed record UnassignableDto(Guid ProposalId, string Reference, string Reason, int MissingSlots, int EligibleExperts);

public sealed record AutoAssignmentResponse(int Assigned, IReadOnlyList<UnassignableDto> Unassignable, int ProposalsUnderReview);

/// <summary>
/// Gives every dossier of a closed call that awaits review its N experts in one balanced, conflict-free plan.
/// Running it again only tops up missing slots (after declines or removals).
/// </summary>
public sealed class AutoAssign(ManagerScope scope, IAppDbContext db, AssignmentPlanner planner, AssignmentRecorder recorder, IAuditTrail audit, RetryOnConflict retry,
    ITransactionRunner transactions, IBulkInserter bulk, TimeProvider clock)
{
    public Task<Result<AutoAssignmentResponse>> Handle(Guid callId, CancellationToken ct) => retry.Run(() => Assign(callId, ct));

    private async Task<Result<AutoAssignmentResponse>> Assign(Guid callId, CancellationToken ct)
    {
        var call = await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        var now = clock.GetUtcNow();
        if (call.StatusAt(now) != CallStatus.Closed)
        {
            return Error.Conflict("call_not_closed", "Experts are assigned once the call has closed: dossiers can change until the deadline.");
        }

        // The dossiers' review rows first: an assignment or review committed after this read fails our save (see EvaluationRefresher).
        var reviews = await db.ProposalEvaluations.Where(e => e.CallId == callId).ToDictionaryAsync(e => e.ProposalId, ct);
        var proposals = await db.Proposals.Include(p => p.Partners)
            .Where(p => p.CallId == callId && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.UnderReview || p.Status == ProposalStatus.Reviewed))
            .ToListAsync(ct);
        // Read, never changed here: untracked, like the thousands added below (written by COPY, not by the change tracker).
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == callId).ToListAsync(ct);

        var plan = await planner.Plan(call, proposals, assignments, ct);
        var byId = proposals.ToDictionary(p => p.Id);
        var added = recorder.Create(call, AssignmentOrigin.Automatic, plan.Pairs.Select(p => (byId[p.ProposalId], plan.Experts[p.ExpertId])), now);
        assignments.AddRange(added);

        var assignmentsByProposal = assignments.ToLookup(a => a.ProposalId);
        await audit.PreloadHeadsAsync(AuditStreams.Proposal, plan.Pairs.Select(p => p.ProposalId).Distinct().ToList(), ct);
        foreach (var proposal in plan.Pairs.Select(p => byId[p.ProposalId]).Distinct())
        {
            if (!reviews.TryGetValue(proposal.Id, out var review))
            {
                review = ProposalEvaluation.Start(proposal.Id, call.Id, now);
                db.ProposalEvaluations.Add(review);
            }

            var moved = await recorder.MoveAlong(proposal, call, assignmentsByProposal[proposal.Id].ToList(), review, now, ct);
            if (!moved.IsSuccess)
            {
                return moved.Error!;
            }
        }

        var unassignable = plan.Unassignable
            .Select(u => new UnassignableDto(u.ProposalId, byId[u.ProposalId].Reference, u.Reason, u.MissingSlots, u.EligibleExperts))
            .OrderBy(u => u.Reference, StringComparer.Ordinal)
            .ToList();
        await audit.RecordAsync(AuditStreams.Call, call.Id, "experts_auto_assigned", null, null, new
        {
            assigned = plan.Pairs.Count,
            unassignable = unassignable.Select(u => new { u.Reference, u.Reason, u.MissingSlots }),
            assignments = plan.Pairs.Select(p => new { p.ProposalId, p.ExpertId }),
        }, ct);
        // The assignment rows by COPY, then the tracked changes (dossiers, evaluations, audit, outbox): one transaction.
        var saved = await transactions.RunAsync(async token =>
        {
            var copied = await bulk.InsertAsync(added, token);
            return copied.IsSuccess ? Result<bool>.Success(true) : copied.Error!;
        }, ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return new AutoAssignmentResponse(plan.Pairs.Count, unassignable, proposals.Count(p => p.Status == ProposalStatus.UnderReview));
    }
}
