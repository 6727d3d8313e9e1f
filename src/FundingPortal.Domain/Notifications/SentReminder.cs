namespace FundingPortal.Domain.Notifications;

/// <summary>
/// The record that one reminder (kind, target, slot before or after the deadline, recipient) went out. Its key is
/// unique: whoever inserts it first sends the reminder, every later or concurrent run skips it.
/// </summary>
public sealed class SentReminder
{
    private SentReminder()
    {
    }

    public SentReminder(string kind, Guid targetId, string slot, Guid recipientId, DateTimeOffset sentAt)
    {
        Kind = kind;
        TargetId = targetId;
        Slot = slot;
        RecipientId = recipientId;
        SentAt = sentAt;
    }

    public string Kind { get; private set; } = string.Empty;
    public Guid TargetId { get; private set; }
    public string Slot { get; private set; } = string.Empty;
    public Guid RecipientId { get; private set; }
    public DateTimeOffset SentAt { get; private set; }
}
