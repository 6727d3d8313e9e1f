using System.Text.Json;
using FundingPortal.Infrastructure.Persistence;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Messaging;

public readonly record struct OutboxBatch(int Selected, int Published, bool TransportFailed);

/// <summary>
/// One dispatch round: locks the oldest pending rows with FOR UPDATE SKIP LOCKED (so concurrent dispatchers, in this
/// process or others, never take the same row), publishes them with MessageId = row id, marks them dispatched, commits.
/// A crash between publish and commit publishes again later: consumers deduplicate on the MessageId.
/// </summary>
public sealed class OutboxBatchPublisher(AppDbContext db, IBus bus, IOptions<MessagingOptions> options, TimeProvider clock,
    ILogger<OutboxBatchPublisher> logger)
{
    public const string RedeliveryHeader = "FP-Redelivery";
    private static readonly TimeSpan PublishTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(5);

    public async Task<OutboxBatch> PublishNextBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var rows = await db.OutboxMessages
            .FromSqlInterpolated($"""
                SELECT * FROM outbox_messages
                WHERE dispatched_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY occurred_at, id
                LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct);
        if (rows.Count == 0)
        {
            return new OutboxBatch(0, 0, false);
        }

        var published = new List<Guid>(rows.Count);
        var transportFailed = false;
        foreach (var row in rows)
        {
            var (message, type, readError) = Read(row);
            if (message is null || type is null)
            {
                RecordFailure(row, readError ?? "Unreadable message.", now);
                continue;
            }

            try
            {
                await PublishAsync(row, message, type, ct);
                published.Add(row.Id);
            }
            catch (Exception exception) when (!ct.IsCancellationRequested)
            {
                // The transport is unwell: stop here and leave the rest of the batch for the next round.
                RecordFailure(row, exception.Message, now);
                logger.LogWarning(exception, "Could not publish outbox message {MessageId} ({Type})", row.Id, row.Type);
                transportFailed = true;
                break;
            }
        }

        // One statement for the whole batch rather than one UPDATE per row; failures were recorded on the tracked rows.
        if (published.Count > 0)
        {
            var dispatchedAt = clock.GetUtcNow();
            await db.OutboxMessages.Where(m => published.Contains(m.Id)).ExecuteUpdateAsync(m => m.SetProperty(x => x.DispatchedAt, dispatchedAt), ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new OutboxBatch(rows.Count, published.Count, transportFailed);
    }

    private static (object? Message, Type? Type, string? Error) Read(OutboxMessage row)
    {
        if (MessageTypes.Resolve(row.Type) is not { } type)
        {
            return (null, null, $"Unknown message type '{row.Type}' (not in the Contracts assembly).");
        }

        try
        {
            return JsonSerializer.Deserialize(row.Payload, type, MessageJson.Options) is { } message
                ? (message, type, null)
                : (null, null, "The payload is null.");
        }
        catch (JsonException exception)
        {
            return (null, null, $"Unreadable payload: {exception.Message}");
        }
    }

    private async Task PublishAsync(OutboxMessage row, object message, Type type, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(PublishTimeout);
        var messageId = row.MessageId ?? row.Id;
        if (row.Destination is null)
        {
            await bus.Publish(message, type, Pipe.Execute<PublishContext>(context => context.MessageId = messageId), timeout.Token);
            return;
        }

        var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{row.Destination}"));
        await endpoint.Send(message, type, Pipe.Execute<SendContext>(context =>
        {
            context.MessageId = messageId;
            context.Headers.Set(RedeliveryHeader, "true");
        }), timeout.Token);
    }

    private static void RecordFailure(OutboxMessage row, string error, DateTimeOffset now)
    {
        row.Attempts++;
        row.LastError = error.Length > 2000 ? error[..2000] : error;
        var delay = TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, Math.Pow(2, Math.Min(row.Attempts, 16))));
        row.NextAttemptAt = now + delay;
    }
}
