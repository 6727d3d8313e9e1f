using FundingPortal.Domain.CoFunding;

namespace FundingPortal.Domain.FundingSimulation;

/// <summary>A labelled dossier as the simulation sees it: its partners' costs (those of its last submitted version), lead first.</summary>
public sealed record SimulatedDossier(Guid ProposalId, IReadOnlyList<PartnerCosts> Partners);
