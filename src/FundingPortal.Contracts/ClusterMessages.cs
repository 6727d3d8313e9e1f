namespace FundingPortal.Contracts;

/// <summary>
/// A partner cluster the consortium asked to co-label its dossier recorded its decision (Labelled or NotLabelled, with
/// its motivation). The consortium is to be notified.
/// </summary>
public sealed record CoLabellingDecided(
    Guid ProposalId,
    string Reference,
    string Acronym,
    Guid ClusterId,
    string ClusterName,
    string Outcome,
    string Motivation,
    DateTimeOffset DecidedAt,
    Guid DecisionId,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds);
