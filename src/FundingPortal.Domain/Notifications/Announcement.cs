using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Notifications;

public enum AnnouncementAudience
{
    Drafts,
    Submitted,
    AllApplicants,
    Experts,
    FunderOfficers,
}

/// <summary>
/// A manager's e-mail to one audience of a call. Its recipients are fixed when it is written (one row each, unique per
/// person), then sent one by one by the worker; the progress is counted from those rows.
/// </summary>
public sealed class Announcement : Entity
{
    public const int MaxSubjectLength = 200;
    public const int MaxBodyLength = 10_000;

    private Announcement()
    {
    }

    public Guid CallId { get; private set; }
    public string Subject { get; private set; } = string.Empty;
    public string Body { get; private set; } = string.Empty;
    public AnnouncementAudience Audience { get; private set; }
    public Guid CreatedByUserId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public int Recipients { get; private set; }

    public static Result<Announcement> Write(Guid callId, string? subject, string? body, AnnouncementAudience? audience, Guid createdBy, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(subject) || subject.Length > MaxSubjectLength || TextRules.HasForbiddenCharacters(subject))
        {
            return Error.Field("subject", "validation_failed", "The subject is 1 to 200 characters on one line.");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return Error.Field("body", "validation_failed", "The announcement is empty.");
        }

        if (body.Length > MaxBodyLength)
        {
            return Error.Field("body", "message_too_long", "A message is 10,000 characters at most.");
        }

        if (TextRules.HasForbiddenCharacters(body, multiline: true))
        {
            return Error.Field("body", "invalid_characters", "The message holds control characters.");
        }

        if (audience is not { } chosen || !Enum.IsDefined(chosen))
        {
            return Error.Field("audience", "validation_failed", "audience is Drafts, Submitted, AllApplicants, Experts or FunderOfficers.");
        }

        return new Announcement
        {
            CallId = callId,
            Subject = subject.Trim(),
            Body = body.Trim(),
            Audience = chosen,
            CreatedByUserId = createdBy,
            CreatedAt = now,
        };
    }

    public IReadOnlyList<AnnouncementRecipient> Address(IEnumerable<(Guid UserId, string Email)> people)
    {
        var recipients = people.DistinctBy(p => p.UserId).Select(p => new AnnouncementRecipient(Id, p.UserId, p.Email)).ToList();
        Recipients = recipients.Count;
        return recipients;
    }
}

public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>One person an announcement goes to: claimed, sent and marked in one transaction, so a restarted worker skips it.</summary>
public sealed class AnnouncementRecipient
{
    private AnnouncementRecipient()
    {
    }

    internal AnnouncementRecipient(Guid announcementId, Guid userId, string email)
    {
        AnnouncementId = announcementId;
        UserId = userId;
        Email = email;
        Status = DeliveryStatus.Pending;
    }

    public Guid AnnouncementId { get; private set; }
    public Guid UserId { get; private set; }
    public string Email { get; private set; } = string.Empty;
    public DeliveryStatus Status { get; private set; }
    public DateTimeOffset? DeliveredAt { get; private set; }
    public string? Failure { get; private set; }

    public void MarkSent(DateTimeOffset now)
    {
        Status = DeliveryStatus.Sent;
        DeliveredAt = now;
    }

    public void MarkFailed(string reason, DateTimeOffset now)
    {
        Status = DeliveryStatus.Failed;
        Failure = reason.Length > 500 ? reason[..500] : reason;
        DeliveredAt = now;
    }
}
