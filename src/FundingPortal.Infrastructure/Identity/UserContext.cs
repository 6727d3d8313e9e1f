namespace FundingPortal.Infrastructure.Identity;

/// <summary>What authorisation needs to know about a user, read from the database rather than from a token.</summary>
public sealed record UserContext(Guid UserId, string Email, IReadOnlyList<string> Roles, Guid? OrganisationId, Guid? FunderId, Guid? ExpertId);
