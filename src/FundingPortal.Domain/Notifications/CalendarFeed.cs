namespace FundingPortal.Domain.Notifications;

/// <summary>
/// A user's private calendar subscription. The secret URL is never stored: only its SHA-256 (to find the feed) and the
/// nonce it is derived from with a server key. Rotating draws a new nonce, so the old URL stops working.
/// </summary>
public sealed class CalendarFeed
{
    private CalendarFeed()
    {
    }

    public Guid UserId { get; private set; }
    public string Nonce { get; private set; } = string.Empty;
    public string TokenHash { get; private set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RotatedAt { get; private set; }

    public static CalendarFeed Create(Guid userId, string nonce, string tokenHash, DateTimeOffset now) =>
        new() { UserId = userId, Nonce = nonce, TokenHash = tokenHash, CreatedAt = now };

    public void Rotate(string nonce, string tokenHash, DateTimeOffset now)
    {
        Nonce = nonce;
        TokenHash = tokenHash;
        RotatedAt = now;
    }
}
