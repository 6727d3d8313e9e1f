using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Organisations.Invitations;

public sealed record InvitationRequest(string? Email);

public sealed record PartnerInvitationRequest(string? Email, string? OrganisationName);

/// <summary>What the inviter learns: the same whether or not the address has an account.</summary>
public sealed record InvitationCreatedResponse(Guid Id, string Email, DateTimeOffset ExpiresAt, InvitationKind Kind, Guid? OrganisationId, Guid? ProposalId,
    string? OrganisationName, Guid? CallId)
{
    public static InvitationCreatedResponse From(Invitation i) => new(i.Id, i.Email, i.ExpiresAt, i.Kind, i.OrganisationId, i.ProposalId, i.OrganisationName, i.CallId);
}

/// <summary>A pending invitation as its senders see it (organisation page, dossier's partners tab).</summary>
public sealed record SentInvitationResponse(Guid Id, string Email, string? OrganisationName, string InvitedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    bool Emailed);

/// <summary>An invitation as the invitee sees it (GET /api/me/invitations).</summary>
public sealed record MyInvitationResponse(
    Guid Id,
    InvitationKind Kind,
    string? OrganisationName,
    string? ProposalReference,
    string InvitedBy,
    DateTimeOffset ExpiresAt,
    Guid? OrganisationId,
    Guid? ProposalId,
    string? ProposalAcronym,
    string? ProposalTitle,
    string? LeadOrganisationName,
    Guid? CallId = null,
    string? CallTitle = null);

/// <param name="OrganisationId">The organisation joined, or whose organisation became a partner; null for a committee invitation.</param>
/// <param name="CallId">The call whose committee the invitee now sits on (committee invitations).</param>
public sealed record InvitationAnswerResponse(Guid Id, InvitationKind Kind, InvitationStatus Status, Guid? OrganisationId, Guid? ProposalId, Guid? CallId = null);

public static class InvitationRules
{
    /// <summary>Open invitations an organisation or a dossier may have at once: enough for any team, not for a mailing.</summary>
    public const int MaxOpen = 50;
}
