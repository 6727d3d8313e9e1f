namespace FundingPortal.Domain.Reviews.Assignment;

/// <param name="EligibleExperts">Experts neither forbidden nor already assigned for this proposal.</param>
public sealed record UnassignableSlot(Guid ProposalId, int MissingSlots, string Reason, int EligibleExperts);
