using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.SetExcludedExperts;

public sealed record ExcludedExpertsRequest(IReadOnlyList<Guid>? ExpertIds);

public sealed class SetExcludedExperts(ProposalEditor editor, Reviews.Experts.CallExperts callExperts, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, ExcludedExpertsRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        // Checked inside the edit, after the caller is known to be the lead: a stranger learns nothing from a 400.
        var ofCall = await callExperts.EnsureAllExpertsOfCallOf(id, request.ExpertIds ?? [], ct);
        return ProposalResponse.Edited(await editor.Edit(id, expected, ProposalAccess.IsLead, "experts_excluded",
            (c, now) => ofCall.IsSuccess ? c.Proposal.SetExcludedExperts(request.ExpertIds ?? [], c.Call, now) : ofCall,
            new { count = request.ExpertIds?.Count ?? 0 }, ct), clock.GetUtcNow());
    }
}
