using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Notifications;

/// <summary>
/// An in-app message to one user. The dedup key names the fact it announces (an event, a reminder slot), so a
/// redelivered message or a job that runs twice can never create a second notification for the same fact.
/// </summary>
public sealed class Notification : Entity
{
    public const int MaxTitleLength = 200;
    public const int MaxDedupKeyLength = 200;

    private Notification()
    {
    }

    public Guid UserId { get; private set; }
    public string DedupKey { get; private set; } = string.Empty;
    public string Title { get; private set; } = string.Empty;
    public string Body { get; private set; } = string.Empty;
    public string? Link { get; private set; }

    /// <summary>The dossier's reference when the notification is about one (it goes into the e-mail's subject).</summary>
    public string? Reference { get; private set; }

    /// <summary>The dossier it is about, if any: an expert with a conflict on it no longer sees it.</summary>
    public Guid? ProposalId { get; private set; }

    /// <summary>The language it was written in, the recipient's at the time ("fr" or "en").</summary>
    public string Language { get; private set; } = "fr";
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }
    public DateTimeOffset? EmailedAt { get; private set; }

    public static Notification Create(Guid userId, string dedupKey, string title, string body, string? link, DateTimeOffset now) =>
        Create(userId, dedupKey, title, body, link, null, null, "fr", now);

    public static Notification Create(Guid userId, string dedupKey, string title, string body, string? link, Guid? proposalId, string? reference,
        string language, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(dedupKey) || dedupKey.Length > MaxDedupKeyLength)
        {
            throw new ArgumentException("A notification needs a dedup key of at most 200 characters.", nameof(dedupKey));
        }

        return new Notification
        {
            UserId = userId,
            DedupKey = dedupKey,
            Title = title.Length > MaxTitleLength ? title[..MaxTitleLength] : title,
            Body = body,
            Link = link,
            ProposalId = proposalId,
            Reference = reference,
            Language = language,
            CreatedAt = now,
        };
    }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;

    public void MarkEmailed(DateTimeOffset now) => EmailedAt ??= now;
}
