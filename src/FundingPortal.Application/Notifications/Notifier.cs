using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Contracts;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Notifications;

/// <summary>
/// Creates a notification once per dedup key and queues its e-mail in the outbox. Call it inside a transaction
/// (a consumer's, or <see cref="ITransactionRunner"/>): the notification and its e-mail request commit together.
/// </summary>
public sealed class Notifier(INotificationStore store, IOutbox outbox, TimeProvider clock, IUserSettings settings)
{
    /// <summary>The notification written in the recipient's language (their setting; French until they choose).</summary>
    public async Task<bool> NotifyAsync(Guid userId, string dedupKey, Func<string, NotificationText> text, string? link, CancellationToken ct) =>
        await NotifyAsync(userId, dedupKey, text((await settings.GetAsync(userId, ct)).Language), link, ct);

    public async Task<bool> NotifyAsync(Guid userId, string dedupKey, NotificationText text, string? link, CancellationToken ct)
    {
        var notification = Notification.Create(userId, dedupKey, text.Title, text.Body, link, clock.GetUtcNow());
        if (!await store.AddIfNewAsync(notification, ct))
        {
            return false;
        }

        outbox.Enqueue(new NotificationCreated(notification.Id, userId));
        return true;
    }
}
