namespace FundingPortal.Contracts;

/// <summary>
/// The committee decided on a dossier. Outcome: Labelled, NotLabelled or Deferred. A Labelled decision carries its
/// certificate number. The consortium is to be notified; the EvaluationSummary (and, when labelled, the
/// LabelCertificate) documents are built from the Application query <c>LabellingDocuments</c>.
/// </summary>
public sealed record LabellingDecided(
    Guid ProposalId,
    Guid CallId,
    string Reference,
    string Acronym,
    string Outcome,
    string Motivation,
    DateTimeOffset DecidedAt,
    string? CertificateNumber,
    Guid DecisionId,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds);
