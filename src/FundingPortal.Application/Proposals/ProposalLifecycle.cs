using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Proposals;

public sealed class ProposalLifecycle(ProposalEditor editor, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Withdraw(Guid id, CancellationToken ct)
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
        return Respond(result);
    }

    public async Task<Result<ProposalResponse>> Screen(Guid id, ScreeningRequest request, CancellationToken ct)
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
        return Respond(result);
    }

    private Result<ProposalResponse> Respond(Result<ProposalContext> result) =>
        result.IsSuccess ? ProposalResponse.From(result.Value, clock.GetUtcNow(), showBudgets: true, showInternals: true) : result.Error!;
}
