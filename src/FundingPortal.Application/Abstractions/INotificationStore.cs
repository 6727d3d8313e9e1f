using FundingPortal.Domain.Accounts;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Abstractions;

/// <summary>Adds notifications without ever duplicating a dedup key, also under concurrent writers.</summary>
public interface INotificationStore
{
    /// <summary>Inserts the notifications in one statement in the current transaction; returns the ids of those whose dedup key was new.</summary>
    Task<IReadOnlySet<Guid>> AddNewAsync(IReadOnlyList<Notification> notifications, CancellationToken cancellationToken);

    /// <summary>
    /// A notification not yet e-mailed (tracked, to be marked), with its recipient's address and e-mail frequency, in one
    /// read; null when it is unknown or already e-mailed.
    /// </summary>
    Task<NotificationToEmail?> FindToEmailAsync(Guid notificationId, CancellationToken cancellationToken);
}

public sealed record NotificationToEmail(Notification Notification, string? Email, EmailFrequency EmailFrequency);
