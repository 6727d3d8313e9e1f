using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Notifications;

/// <summary>
/// Another system asks to be told of some events: each one is POSTed to <see cref="Url"/>, signed with the shared
/// secret (kept encrypted: it must be read back to sign, unlike a password).
/// </summary>
public sealed class WebhookSubscription : Entity
{
    public const int MaxUrlLength = 2000;
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;

    private WebhookSubscription()
    {
    }

    public string Url { get; private set; } = string.Empty;
    public IReadOnlyList<string> Events { get; private set; } = [];
    public string ProtectedSecret { get; private set; } = string.Empty;
    public Guid CreatedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The URL is checked by the caller (scheme, resolved addresses); here the events and the secret.</summary>
    public static Result<WebhookSubscription> Create(Uri url, IReadOnlyList<string>? events, string? secret, Func<string, string> protect, Guid userId,
        DateTimeOffset now)
    {
        if (events is null || events.Count == 0 || events.Any(e => !WebhookEvents.All.Contains(e)))
        {
            return Error.Field("events", "unknown_event", $"Subscribe to at least one of: {string.Join(", ", WebhookEvents.All)}.");
        }

        if (secret is null || secret.Length is < MinSecretLength or > MaxSecretLength)
        {
            return Error.Field("secret", "invalid_webhook_secret", $"The secret must have {MinSecretLength} to {MaxSecretLength} characters.");
        }

        return new WebhookSubscription
        {
            Url = url.AbsoluteUri,
            Events = WebhookEvents.All.Where(events.Contains).ToList(),
            ProtectedSecret = protect(secret),
            CreatedByUserId = userId,
            CreatedAt = now,
        };
    }

    public bool Wants(string eventType) => Events.Contains(eventType);
}
