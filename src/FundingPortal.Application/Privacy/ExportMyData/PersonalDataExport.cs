namespace FundingPortal.Application.Privacy.ExportMyData;

/// <summary>Everything the portal holds about one person (RGPD art. 15 and 20): their own data, never other people's beyond what they already see.</summary>
public sealed record PersonalDataExport(
    DateTimeOffset ExportedAt,
    ExportedAccount Account,
    IReadOnlyList<ExportedConsent> Consents,
    IReadOnlyList<ExportedMembership> Memberships,
    ExportedInvitations Invitations,
    IReadOnlyList<ExportedJoinRequest> JoinRequests,
    IReadOnlyList<ExportedDossier> Dossiers,
    ExportedExpertProfile? Expert,
    IReadOnlyList<ExportedMessage> Messages,
    IReadOnlyList<ExportedNotification> Notifications,
    ExportedCalendarFeed? CalendarFeed,
    IReadOnlyList<ExportedApiToken> ApiTokens,
    IReadOnlyList<ExportedAuditEntry> AuditEntries);

public sealed record ExportedSignIn(string Channel, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

public sealed record ExportedAccount(Guid UserId, string Email, bool EmailConfirmed, string Language, string EmailFrequency, IReadOnlyList<string> Roles,
    DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt, bool MfaEnabled, IReadOnlyList<string> ExternalSignIns, IReadOnlyList<ExportedSignIn> SignIns);

/// <summary>A yes or no the person gave: an invitation answered, a join request made.</summary>
public sealed record ExportedConsent(string Kind, Guid SubjectId, string Answer, DateTimeOffset At);

public sealed record ExportedMembership(Guid OrganisationId, string OrganisationName, string? Role);

public sealed record ExportedInvitation(Guid Id, string Kind, string Email, string? OrganisationName, string? ProposalReference, string InvitedBy,
    string Status, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? AnsweredAt);

public sealed record ExportedInvitations(IReadOnlyList<ExportedInvitation> Sent, IReadOnlyList<ExportedInvitation> Received);

public sealed record ExportedJoinRequest(Guid Id, Guid OrganisationId, string OrganisationName, string? Message, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? DecidedAt);

/// <summary>A dossier the person works on through their organisation: its reference and their organisation's role, not its contents.</summary>
public sealed record ExportedDossier(Guid ProposalId, string Reference, string Acronym, string Role, string Status);

public sealed record ExportedAffiliation(Guid OrganisationId, string? OrganisationName, DateOnly From, DateOnly? To);

public sealed record ExportedConflict(Guid? OrganisationId, Guid? ProposalId, string Reason, DateTimeOffset DeclaredAt);

public sealed record ExportedReview(IReadOnlyDictionary<string, decimal> Scores, IReadOnlyDictionary<string, string> Comments, string? OverallComment,
    string? Recommendation, DateTimeOffset UpdatedAt, DateTimeOffset? SubmittedAt);

/// <param name="ProposalReference">Null for a dossier the expert has a conflict of interest with: it is out of their sight.</param>
public sealed record ExportedAssignment(Guid AssignmentId, Guid ProposalId, string? ProposalReference, string Status, DateTimeOffset AssignedAt, DateTimeOffset DueAt,
    DateTimeOffset? RespondedAt, string? DeclineReason, string? DeclineComment, ExportedReview? Review);

public sealed record ExportedExpertProfile(Guid ExpertId, string DisplayName, IReadOnlyList<string> Expertise, IReadOnlyList<ExportedAffiliation> Affiliations,
    IReadOnlyList<ExportedConflict> DeclaredConflicts, IReadOnlyList<ExportedAssignment> Assignments, DateTimeOffset CreatedAt);

public sealed record ExportedMessage(Guid Id, string ProposalReference, string Side, string AuthorDisplayName, string Body, DateTimeOffset SentAt);

public sealed record ExportedNotification(Guid Id, string Title, string Body, string? Link, string? Reference, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt,
    DateTimeOffset? EmailedAt);

/// <summary>That a private calendar address exists; its secret is never exported (it is a credential).</summary>
public sealed record ExportedCalendarFeed(DateTimeOffset CreatedAt, DateTimeOffset? RotatedAt);

public sealed record ExportedApiToken(Guid Id, string Name, IReadOnlyList<string> Scopes, string Hint, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt,
    DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);

/// <summary>An audit entry whose actor is the person: what they did, on which stream, when.</summary>
public sealed record ExportedAuditEntry(string Action, string Stream, Guid StreamId, int Sequence, DateTimeOffset OccurredAt);
