using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Assignments.AutoAssign;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Assignments.PreviewAutoAssignment;

/// <param name="Assignments">How many assignments the automatic run would make now.</param>
/// <param name="Proposals">How many dossiers would get at least one expert.</param>
/// <param name="Unassignable">Dossiers whose slots cannot all be filled.</param>
public sealed record AutoAssignmentPreview(int Assignments, int Proposals, int Experts, IReadOnlyList<UnassignableDto> Unassignable);

/// <summary>What <see cref="AutoAssign.AutoAssign"/> would do for a call, without doing it: the same plan, nothing written.</summary>
public sealed class PreviewAutoAssignment(ManagerScope scope, IAppDbContext db, AssignmentPlanner planner, TimeProvider clock)
{
    public async Task<Result<AutoAssignmentPreview>> Handle(Guid callId, CancellationToken ct)
    {
        var call = await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        if (call.StatusAt(clock.GetUtcNow()) != CallStatus.Closed)
        {
            return Error.Conflict("call_not_closed", "Experts are assigned once the call has closed: dossiers can change until the deadline.");
        }

        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Partners)
            .Where(p => p.CallId == callId && (p.Status == ProposalStatus.Submitted || p.Status == ProposalStatus.UnderReview || p.Status == ProposalStatus.Reviewed))
            .ToListAsync(ct);
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == callId).ToListAsync(ct);
        var plan = await planner.Plan(call, proposals, assignments, ct);
        var references = proposals.ToDictionary(p => p.Id, p => p.Reference);
        var unassignable = plan.Unassignable
            .Select(u => new UnassignableDto(u.ProposalId, references[u.ProposalId], u.Reason, u.MissingSlots, u.EligibleExperts))
            .OrderBy(u => u.Reference, StringComparer.Ordinal)
            .ToList();
        return new AutoAssignmentPreview(plan.Pairs.Count, plan.Pairs.Select(p => p.ProposalId).Distinct().Count(),
            plan.Pairs.Select(p => p.ExpertId).Distinct().Count(), unassignable);
    }
}
