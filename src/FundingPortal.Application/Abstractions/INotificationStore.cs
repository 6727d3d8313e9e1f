using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Abstractions;

/// <summary>Adds notifications without ever duplicating a dedup key, also under concurrent writers.</summary>
public interface INotificationStore
{
    /// <summary>Inserts the notification in the current transaction; false when its dedup key already exists.</summary>
    Task<bool> AddIfNewAsync(Notification notification, CancellationToken cancellationToken);
}
