namespace FundingPortal.Contracts;

/// <summary>A user became an expert (role Expert granted) for the listed calls.</summary>
public sealed record ExpertProfileCreated(Guid ExpertId, Guid UserId, string DisplayName, IReadOnlyList<Guid> CallIds);

/// <summary>
/// An expert was asked to review one or more dossiers of a call: one message per expert and operation, so that an
/// automatic assignment of a whole call notifies each expert once. Origin: Automatic, Manual or Reassignment (after a decline).
/// </summary>
public sealed record ExpertAssigned(
    Guid ExpertId,
    Guid ExpertUserId,
    Guid CallId,
    string Origin,
    DateTimeOffset DueAt,
    IReadOnlyList<AssignedDossier> Assignments);

public sealed record AssignedDossier(Guid AssignmentId, Guid ProposalId, string Reference, string Acronym);

/// <summary>An expert declined an assignment. Reason: ConflictOfInterest, NotMyExpertise or TooManyAssignments.</summary>
public sealed record AssignmentDeclined(Guid AssignmentId, Guid ProposalId, Guid CallId, string Reference, Guid ExpertId, string Reason,
    DateTimeOffset DeclinedAt, bool Reassigned);

/// <summary>A manager removed an assignment (and with it any review it held).</summary>
public sealed record ExpertUnassigned(Guid AssignmentId, Guid ProposalId, Guid CallId, string Reference, Guid ExpertId, Guid ExpertUserId,
    DateTimeOffset RemovedAt);

public sealed record ReviewSubmitted(Guid AssignmentId, Guid ProposalId, Guid CallId, string Reference, Guid ExpertId, DateTimeOffset SubmittedAt,
    int SubmittedReviews, int ExpectedReviews);

/// <summary>Every review of the dossier is in: the committee can decide.</summary>
public sealed record ProposalReviewed(Guid ProposalId, Guid CallId, string Reference, DateTimeOffset ReviewedAt);
