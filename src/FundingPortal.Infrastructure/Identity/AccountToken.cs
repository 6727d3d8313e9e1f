namespace FundingPortal.Infrastructure.Identity;

public enum AccountTokenPurpose
{
    PasswordReset,
    EmailConfirmation,
}

/// <summary>
/// The secret of a link sent by e-mail (password reset: 1 hour; e-mail confirmation: 48 hours), stored as its SHA-256.
/// A link works once.
/// </summary>
public sealed class AccountToken
{
    private AccountToken()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public AccountTokenPurpose Purpose { get; private set; }
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static TimeSpan LifetimeOf(AccountTokenPurpose purpose) =>
        purpose == AccountTokenPurpose.PasswordReset ? TimeSpan.FromHours(1) : TimeSpan.FromHours(48);

    public static AccountToken Create(Guid userId, AccountTokenPurpose purpose, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), UserId = userId, Purpose = purpose, TokenHash = tokenHash, CreatedAt = now, ExpiresAt = now + LifetimeOf(purpose),
    };

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;

    public void MarkUsed(DateTimeOffset now) => UsedAt ??= now;
}
