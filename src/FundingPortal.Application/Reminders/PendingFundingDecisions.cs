using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Reminders;

/// <summary>A funding request a funder has not decided yet.</summary>
public sealed record PendingFundingDecision(Guid FundingRequestId, Guid FunderId, Guid CallId, string CallTitle, Guid ProposalId,
    string ProposalReference, string ProposalAcronym, LocalInstant DecisionDeadline);

/// <summary>Which funders owe a decision, so their officers can be reminded.</summary>
public interface IPendingFundingDecisions
{
    Task<IReadOnlyList<PendingFundingDecision>> ListAsync(CancellationToken cancellationToken);
}
