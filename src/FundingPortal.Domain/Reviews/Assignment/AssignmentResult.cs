namespace FundingPortal.Domain.Reviews.Assignment;

/// <param name="Assignments">New assignments only, ordered by proposal id then expert id.</param>
public sealed record AssignmentResult(
    IReadOnlyList<(Guid ProposalId, Guid ExpertId)> Assignments,
    IReadOnlyList<UnassignableSlot> Unassignable);
