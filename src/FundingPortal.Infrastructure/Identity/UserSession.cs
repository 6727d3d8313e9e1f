namespace FundingPortal.Infrastructure.Identity;

public enum SessionChannel
{
    /// <summary>Bearer tokens from /api/auth/login (a refresh-token family).</summary>
    Api,

    /// <summary>The web UI's cookie.</summary>
    Web,
}

/// <summary>
/// One sign-in: a refresh-token family for the API, or a cookie for the web UI. Its id travels in the access token or
/// cookie (claim <see cref="SessionClaim"/>), so revoking the row ends that session at once, and only that one.
/// </summary>
public sealed class UserSession
{
    public const string SessionClaim = "fp.sid";

    private UserSession()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public SessionChannel Channel { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }
    public string? RevokedBecause { get; private set; }

    public bool IsActive => RevokedAt is null;

    public static UserSession Start(Guid userId, SessionChannel channel, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, Channel = channel, CreatedAt = now };

    public void Revoke(DateTimeOffset now, string because)
    {
        if (RevokedAt is null)
        {
            RevokedAt = now;
            RevokedBecause = because;
        }
    }
}
