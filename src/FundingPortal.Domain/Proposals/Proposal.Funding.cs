using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>Called by <see cref="FundingRequest.OpenAll"/>: only a labelled dossier goes to the funders.</summary>
    internal Result RequestFunding(DateTimeOffset now)
    {
        if (Status != ProposalStatus.Labelled)
        {
            return Error.Conflict("not_labelled", $"Funding is requested for labelled dossiers only; this one is {Status}.");
        }

        Status = ProposalStatus.FundingRequested;
        Touch(now);
        return Result.Success();
    }

    /// <summary>
    /// Takes note of a funder's decision. Every decision bumps the dossier's version, so two funders deciding at once
    /// cannot both miss that the other one was the last to decide; the outcome is set when nobody is pending.
    /// </summary>
    public Result<FundingOutcome?> ApplyFundingDecision(IReadOnlyCollection<FundingRequest> requests, DateTimeOffset now)
    {
        if (Status != ProposalStatus.FundingRequested)
        {
            return Error.Conflict("funding_not_requested", $"This dossier is not awaiting funding decisions (status {Status}).");
        }

        if (requests.Any(r => r.ProposalId != Id))
        {
            throw new ArgumentException("Funding requests of another dossier.", nameof(requests));
        }

        var outcome = FundingOutcomeRule.Of(requests);
        if (outcome is { } reached)
        {
            Status = reached switch
            {
                FundingOutcome.Funded => ProposalStatus.Funded,
                FundingOutcome.PartiallyFunded => ProposalStatus.PartiallyFunded,
                _ => ProposalStatus.NotFunded,
            };
        }

        Touch(now);
        return outcome;
    }
}
