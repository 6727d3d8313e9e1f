using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.SetPartnerEstimate;

public sealed record EstimateRequest(decimal? Total);

/// <summary>A partner's estimated total cost in a pre-proposal; who may write it follows the budget's rules (the lead, or that partner).</summary>
public sealed class SetPartnerEstimate(ProposalEditor editor, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, Guid organisationId, EstimateRequest request, ExpectedVersion expected, CancellationToken ct)
    {
        if (request.Total is not { } total)
        {
            return Error.Field("total", "validation_failed", "total (the partner's estimated total cost, in euros) is required.");
        }

        bool MayEdit(ProposalRelation r) => r == ProposalRelation.LeadMember || (r == ProposalRelation.PartnerMember && user.OrganisationId == organisationId);
        return ProposalResponse.Edited(await editor.Edit(id, expected, MayEdit, "estimate_updated",
            (c, now) => c.Proposal.SetEstimate(organisationId, total, c.Call, now), new { organisationId, total }, ct), clock.GetUtcNow());
    }
}
