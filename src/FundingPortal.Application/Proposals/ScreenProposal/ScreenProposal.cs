using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.ScreenProposal;

public sealed record ScreeningRequest(bool? Eligible, string? Reason);

public sealed class ScreenProposal(ProposalEditor editor, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, ScreeningRequest request, CancellationToken ct)
    {
        if (request.Eligible is not { } eligible)
        {
            return Error.Field("eligible", "validation_failed", "eligible (true or false) is required.");
        }

        var result = await editor.Edit(id, ExpectedVersion.Any, r => r == ProposalRelation.Manager, eligible ? "screened_eligible" : "screened_ineligible",
            (c, now) =>
            {
                var screened = c.Proposal.Screen(eligible, request.Reason, now);
                if (screened.IsSuccess)
                {
                    outbox.Enqueue(new ProposalScreened(c.Proposal.Id, c.Proposal.CallId, c.Proposal.Reference, eligible, request.Reason, now,
                        c.Proposal.Partners.Select(p => p.OrganisationId).ToList()));
                }

                return screened;
            }, new { eligible, reason = request.Reason }, ct);
        return ProposalResponse.Edited(result, clock.GetUtcNow());
    }
}
