using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Contracts;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Notifications;

/// <summary>
/// Creates a notification once per dedup key, in the recipient's language, and queues its e-mail in the outbox. Call it
/// inside a transaction (a consumer's, or <see cref="ITransactionRunner"/>): the notification and its e-mail request commit
/// together. Whether and when the e-mail leaves depends on the recipient's settings (see SendNotificationEmail).
/// </summary>
/// <summary>The dossier a notification is about: its reference goes into the e-mail's subject.</summary>
public sealed record NotifiedDossier(Guid ProposalId, string Reference);

public sealed class Notifier(INotificationStore store, IOutbox outbox, IUserSettings settings, TimeProvider clock)
{
    public Task<bool> NotifyAsync(Guid userId, string dedupKey, NotificationText text, string? link, CancellationToken ct) =>
        NotifyAsync(userId, dedupKey, BilingualText.FrenchOnly(text), link, null, ct);

    /// <summary>A text worded per language by a function (the catalogue's style); the recipient's setting picks one.</summary>
    public Task<bool> NotifyAsync(Guid userId, string dedupKey, Func<string, NotificationText> text, string? link, CancellationToken ct) =>
        NotifyAsync(userId, dedupKey, BilingualText.From(text), link, null, ct);

    public async Task<bool> NotifyAsync(Guid userId, string dedupKey, BilingualText text, string? link, NotifiedDossier? dossier, CancellationToken ct)
    {
        var notification = Compose(userId, dedupKey, text, link, dossier, (await settings.GetAsync(userId, ct)).Language);
        if ((await store.AddNewAsync([notification], ct)).Count == 0)
        {
            return false;
        }

        outbox.Enqueue(new NotificationCreated(notification.Id, userId));
        return true;
    }

    /// <summary>
    /// Notifies each of <paramref name="userIds"/> once (the dedup key gets the user id appended); returns how many are new.
    /// Two round trips whatever the number of recipients: their settings in one read, the notifications in one insert.
    /// </summary>
    public async Task<int> NotifyEachAsync(IEnumerable<Guid> userIds, string dedupKey, BilingualText text, string? link, NotifiedDossier? dossier, CancellationToken ct)
    {
        var recipients = userIds.Distinct().Order().ToList();
        if (recipients.Count == 0)
        {
            return 0;
        }

        var languages = await settings.GetManyAsync(recipients, ct);
        var notifications = recipients.Select(userId => Compose(userId, $"{dedupKey}:{userId}", text, link, dossier, languages[userId].Language)).ToList();
        var created = await store.AddNewAsync(notifications, ct);
        foreach (var notification in notifications.Where(n => created.Contains(n.Id)))
        {
            outbox.Enqueue(new NotificationCreated(notification.Id, notification.UserId));
        }

        return created.Count;
    }

    private Notification Compose(Guid userId, string dedupKey, BilingualText text, string? link, NotifiedDossier? dossier, string language)
    {
        var chosen = text.For(language);
        return Notification.Create(userId, dedupKey, chosen.Title, chosen.Body, link, dossier?.ProposalId, dossier?.Reference, language, clock.GetUtcNow());
    }
}
