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

/// <summary>
/// TODO(#7): funding requests do not exist yet. Issue 7 replaces this registration with a query over funding
/// requests without a decision from each funder (the reminder job then works unchanged).
/// </summary>
public sealed class NoPendingFundingDecisionsYet : IPendingFundingDecisions
{
    public Task<IReadOnlyList<PendingFundingDecision>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PendingFundingDecision>>([]);
}
