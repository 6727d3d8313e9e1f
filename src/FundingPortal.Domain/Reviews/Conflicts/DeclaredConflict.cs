namespace FundingPortal.Domain.Reviews.Conflicts;

/// <summary>A conflict the expert declared, with an organisation, a proposal, or both.</summary>
public sealed record DeclaredConflict(Guid? OrganisationId, Guid? ProposalId);
