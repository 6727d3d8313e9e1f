using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals.WithdrawProposal;

public sealed class WithdrawProposal(ProposalEditor editor, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Handle(Guid id, CancellationToken ct)
    {
        var result = await editor.Edit(id, ExpectedVersion.Any, r => r == ProposalRelation.LeadMember, "proposal_withdrawn",
            (c, now) =>
            {
                var withdrawn = c.Proposal.Withdraw(now);
                if (withdrawn.IsSuccess)
                {
                    outbox.Enqueue(new ProposalWithdrawn(c.Proposal.Id, c.Proposal.CallId, c.Proposal.Reference, now, c.Proposal.Partners.Select(p => p.OrganisationId).ToList()));
                }

                return withdrawn;
            }, null, ct);
        return ProposalResponse.Edited(result, clock.GetUtcNow());
    }
}
