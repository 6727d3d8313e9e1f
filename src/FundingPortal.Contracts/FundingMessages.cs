namespace FundingPortal.Contracts;

public sealed record FunderAidRequested(Guid FunderId, decimal RequestedAid);

/// <summary>The manager sent a labelled dossier to its funders (one request per funder with a non-zero requested aid).</summary>
public sealed record FundingRequested(
    Guid ProposalId,
    Guid CallId,
    string Reference,
    string Acronym,
    DateTimeOffset RequestedAt,
    IReadOnlyList<FunderAidRequested> Funders,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds);

/// <summary>One funder recorded its decision. <paramref name="Decision"/> is "Granted" or "Declined".</summary>
public sealed record FundingDecided(
    Guid ProposalId,
    Guid CallId,
    string Reference,
    Guid FunderId,
    string Decision,
    decimal RequestedAid,
    decimal GrantedAid,
    DateTimeOffset DecidedAt,
    IReadOnlyList<Guid> PartnerOrganisationIds);

/// <summary>
/// Every requested funder has decided. <paramref name="Outcome"/> is "Funded", "PartiallyFunded" or "NotFunded".
/// The FundingDecision document is built from FundingDecisionDocumentBuilder in the Application layer.
/// </summary>
public sealed record FundingOutcomeReached(
    Guid ProposalId,
    string Outcome,
    Guid CallId,
    string Reference,
    string Acronym,
    decimal TotalRequestedAid,
    decimal TotalGrantedAid,
    DateTimeOffset ReachedAt,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds);
