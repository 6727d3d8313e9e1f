namespace FundingPortal.Domain.Reviews.Assignment;

/// <param name="Forbidden">Pairs that must never be assigned: conflicts of interest and declined assignments.</param>
public sealed record AssignmentProblem(
    IReadOnlyList<AssignmentProposal> Proposals,
    IReadOnlyList<AssignmentExpert> Experts,
    IReadOnlySet<(Guid ProposalId, Guid ExpertId)> Forbidden);
