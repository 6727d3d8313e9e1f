namespace FundingPortal.Infrastructure.Identity;

/// <summary>What authorisation needs to know about a user, read from the database rather than from a token.</summary>
public sealed record UserContext(Guid UserId, string Email, IReadOnlyList<string> Roles, Guid? OrganisationId, Guid? FunderId, Guid? ExpertId)
{
    /// <summary>Changes when every session must end (password reset, sign-out everywhere): tokens carry the one they were issued with.</summary>
    public string SecurityStamp { get; init; } = string.Empty;

    public bool EmailConfirmed { get; init; }
    public bool MfaEnabled { get; init; }
    public bool MfaExempt { get; init; }
}
