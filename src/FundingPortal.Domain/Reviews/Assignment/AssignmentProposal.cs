namespace FundingPortal.Domain.Reviews.Assignment;

/// <param name="SlotsToFill">Missing reviewer slots: required experts minus those already assigned.</param>
/// <param name="AssignedExpertIds">Experts already on this proposal; they are never assigned again here.
/// Their load must already be counted in <see cref="AssignmentExpert.CurrentLoad"/>.</param>
public sealed record AssignmentProposal(
    Guid ProposalId,
    IReadOnlyCollection<string> Keywords,
    int SlotsToFill,
    IReadOnlyCollection<Guid>? AssignedExpertIds = null);
