using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.RemovePartner;

public sealed class RemovePartner(ProposalEditor editor, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, Guid organisationId, ExpectedVersion expected, CancellationToken ct) =>
        ProposalResponse.Edited(await editor.Edit(id, expected, ProposalAccess.IsLead, "partner_removed",
            (c, now) => c.Proposal.RemovePartner(organisationId, c.Call, now), new { organisationId }, ct), clock.GetUtcNow());
}
