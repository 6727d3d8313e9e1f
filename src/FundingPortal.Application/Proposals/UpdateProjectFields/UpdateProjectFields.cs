using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.UpdateProjectFields;

public sealed class UpdateProjectFields(ProposalEditor editor, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, ProposalFieldsRequest request, ExpectedVersion expected, CancellationToken ct) =>
        ProposalResponse.Edited(await editor.Edit(id, expected, ProposalAccess.IsLead, "fields_updated",
            (c, now) => c.Proposal.UpdateFields(request.ToFields(), c.Call, now), null, ct), clock.GetUtcNow());
}
