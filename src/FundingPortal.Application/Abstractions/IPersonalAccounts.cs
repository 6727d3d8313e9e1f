namespace FundingPortal.Application.Abstractions;

/// <summary>One sign-in: when it started, through which door (<c>Web</c> or <c>Api</c>), and whether it was ended.</summary>
public sealed record SignInRecord(string Channel, DateTimeOffset StartedAt, DateTimeOffset? EndedAt);

/// <summary>What the account store holds about a person, for their data export.</summary>
public sealed record AccountRecord(Guid UserId, string Email, bool EmailConfirmed, IReadOnlyList<string> Roles, Guid? OrganisationId, Guid? FunderId,
    DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt, bool MfaEnabled, IReadOnlyList<string> ExternalSignIns, IReadOnlyList<SignInRecord> SignIns);

/// <summary>The account facts kept by ASP.NET Core Identity that only the personal-data use cases need (docs/privacy.md).</summary>
public interface IPersonalAccounts
{
    Task<AccountRecord?> FindAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Accounts not yet anonymised whose last sign-in (or creation, when they never signed in) is before <paramref name="cutoff"/>.
    /// </summary>
    Task<IReadOnlyList<Guid>> InactiveSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the address by an unusable placeholder and removes every way in (password, second factor, external sign-ins,
    /// sessions, refresh and e-mailed tokens, recovery codes), the roles and the organisation membership. Runs in the caller's unit
    /// of work and transaction.
    /// </summary>
    Task AnonymiseAsync(Guid userId, string placeholderEmail, CancellationToken cancellationToken);
}
