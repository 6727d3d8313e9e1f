namespace FundingPortal.Contracts;

/// <summary>An organisation or partner invitation was created: its e-mail goes to the invitee's address.</summary>
public sealed record InvitationCreated(Guid InvitationId);

/// <summary>Someone asked to join an organisation: its members are told.</summary>
public sealed record JoinRequested(Guid JoinRequestId, Guid OrganisationId, Guid UserId);

/// <summary>A member approved or rejected a join request: the person who asked is told.</summary>
public sealed record JoinRequestDecided(Guid JoinRequestId, Guid OrganisationId, Guid UserId, bool Approved);
