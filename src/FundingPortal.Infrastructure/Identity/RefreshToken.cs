namespace FundingPortal.Infrastructure.Identity;

/// <summary>
/// A refresh token of an API session, stored as the SHA-256 of its value. It works once: refreshing marks it used and
/// issues the next one in the same family (the session); presenting a used one means it leaked, and the family dies.
/// </summary>
public sealed class RefreshToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private RefreshToken()
    {
    }

    public Guid Id { get; private set; }
    public Guid SessionId { get; private set; }
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public static RefreshToken Issue(Guid sessionId, string tokenHash, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(), SessionId = sessionId, TokenHash = tokenHash, IssuedAt = now, ExpiresAt = now + Lifetime,
    };
}
