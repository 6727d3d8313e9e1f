using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Reminders;

public sealed record ReminderTarget(string Kind, Guid TargetId, string Slot);

/// <summary>
/// Sends a reminder to each recipient at most once: the ledger row is claimed first (ON CONFLICT DO NOTHING), then the
/// notification and its e-mail request are written in the same transaction. A job that runs twice, or twice at once,
/// finds the claims taken (the second waits on the first's uncommitted row, then skips it).
/// </summary>
public sealed class ReminderSender(ISentReminderLedger ledger, Notifier notifier, ITransactionRunner transactions, TimeProvider clock)
{
    public Task<int> SendAsync(ReminderTarget target, IEnumerable<Guid> recipients, BilingualText text, string? link, CancellationToken ct)
    {
        var ordered = recipients.Distinct().Order().ToList();
        if (ordered.Count == 0)
        {
            return Task.FromResult(0);
        }

        return transactions.RunAsync(async token =>
        {
            var sent = 0;
            var now = clock.GetUtcNow();
            foreach (var recipient in ordered)
            {
                if (!await ledger.TryRecordAsync(new SentReminder(target.Kind, target.TargetId, target.Slot, recipient, now), token))
                {
                    continue;
                }

                await notifier.NotifyAsync(recipient, $"reminder:{target.Kind}:{target.TargetId}:{target.Slot}:{recipient}", text, link, null, token);
                sent++;
            }

            return sent;
        }, ct);
    }
}
