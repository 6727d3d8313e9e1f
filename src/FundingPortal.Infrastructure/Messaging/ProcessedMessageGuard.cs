using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Operations;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Infrastructure.Messaging;

/// <summary>
/// Runs a consumer's effects at most once per (consumer, message id): the processed_messages row is inserted first, in
/// the same transaction as the effects. A redelivery finds the row and skips; a concurrent duplicate waits on the
/// uncommitted row, then skips (or proceeds if the first attempt rolled back).
/// </summary>
public sealed class ProcessedMessageGuard(AppDbContext db, ITransactionRunner transactions, TimeProvider clock, ILogger<ProcessedMessageGuard> logger)
{
    /// <summary>The broker delivers this message again: a consumer died or failed before acknowledging it.</summary>
    public void NoteRedelivered(string consumer, Guid messageId) =>
        logger.LogInformation("{Consumer} received message {MessageId} again (redelivered by the broker)", consumer, messageId);

    /// <summary>For consumers whose effect must commit before a side effect outside the database (see AccountEmailConsumer).</summary>
    public Task<bool> WasProcessedAsync(string consumer, Guid messageId, CancellationToken ct) =>
        db.ProcessedMessages.AnyAsync(m => m.Consumer == consumer && m.MessageId == messageId, ct);

    public async Task RecordProcessedAsync(string consumer, Guid messageId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES ({consumer}, {messageId}, {now}) ON CONFLICT DO NOTHING", ct);
    }

    public Task<bool> RunOnceAsync(string consumer, Guid messageId, string? redeliveredFromQueue, Func<CancellationToken, Task> effects,
        CancellationToken ct) =>
        transactions.RunAsync(async token =>
        {
            var now = clock.GetUtcNow();
            var claimed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO processed_messages (consumer, message_id, processed_at) VALUES ({consumer}, {messageId}, {now}) ON CONFLICT DO NOTHING",
                token);
            if (claimed == 0)
            {
                logger.LogInformation("{Consumer} already processed message {MessageId}; skipped", consumer, messageId);
                return false;
            }

            await effects(token);
            if (redeliveredFromQueue is not null)
            {
                await db.ParkedMessages.Where(p => p.Queue == redeliveredFromQueue && p.MessageId == messageId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ParkedMessageStatus.Resolved).SetProperty(p => p.ResolvedAt, now), token);
            }

            return true;
        }, ct);
}
