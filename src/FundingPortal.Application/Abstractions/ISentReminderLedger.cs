using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Abstractions;

/// <summary>Claims a reminder before it is sent: only the first claim of a (kind, target, slot, recipient) succeeds.</summary>
public interface ISentReminderLedger
{
    /// <summary>Inserts the record in the current transaction; false when that reminder was already claimed.</summary>
    Task<bool> TryRecordAsync(SentReminder reminder, CancellationToken cancellationToken);
}
