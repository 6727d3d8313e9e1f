namespace FundingPortal.Contracts;

/// <summary>A dossier version was submitted (one message per version; the receipt is in the database); <paramref name="PreProposal"/> for a two-stage call's first stage.</summary>
public sealed record ProposalSubmitted(
    Guid ProposalId,
    Guid CallId,
    string Reference,
    string Acronym,
    int Version,
    string ReceiptNumber,
    DateTimeOffset SubmittedAt,
    Guid LeadOrganisationId,
    IReadOnlyList<Guid> PartnerOrganisationIds,
    bool Correction = false,
    bool PreProposal = false);

public sealed record ProposalWithdrawn(Guid ProposalId, Guid CallId, string Reference, DateTimeOffset WithdrawnAt, IReadOnlyList<Guid> PartnerOrganisationIds);

public sealed record ProposalScreened(Guid ProposalId, Guid CallId, string Reference, bool Eligible, string? Reason, DateTimeOffset ScreenedAt,
    IReadOnlyList<Guid> PartnerOrganisationIds);

/// <summary>A PDF document row was created as Pending; a worker renders it.</summary>
public sealed record DocumentRequested(Guid DocumentId, Guid ProposalId, string Kind, int? Version);

/// <summary>A message was posted in a dossier's thread; <paramref name="Side"/> ("Consortium" or "Cluster") is the author's, the other side is told.</summary>
public sealed record ProposalMessagePosted(Guid MessageId, Guid ProposalId, string Reference, string Acronym, Guid AuthorUserId, string Side, DateTimeOffset SentAt);

/// <summary>A manager asked the consortium for a correction of <paramref name="Scope"/> ("Attachments", "Budgets", "Project") before <paramref name="DueAt"/>.</summary>
public sealed record CorrectionRequested(Guid CorrectionRequestId, Guid ProposalId, string Reference, string Acronym, string Message, DateTimeOffset DueAt,
    IReadOnlyList<string> Scope, DateTimeOffset RequestedAt);

/// <summary>A manager shortlisted a pre-proposal (two-stage calls): invited to submit the full dossier before <paramref name="SubmissionDeadline"/>, or not.</summary>
public sealed record ProposalShortlisted(Guid ProposalId, Guid CallId, string Reference, string Acronym, bool Invited, string? Feedback,
    DateTimeOffset SubmissionDeadline, DateTimeOffset ShortlistedAt);
