using FundingPortal.Application.Operations;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Messaging.Parking;

/// <summary>
/// What managers see of failed messages, and how they come back: a redelivery is an outbox row addressed to the failed
/// queue with the original MessageId, written in the same transaction as the status change.
/// </summary>
public sealed class ParkedMessages(AppDbContext db, TimeProvider clock) : IParkedMessages
{
    public async Task<IReadOnlyList<ParkedMessageResponse>> ListAsync(ParkedMessageStatus? status, CancellationToken ct)
    {
        var query = db.ParkedMessages.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(p => p.Status == status);
        }

        var rows = await query.OrderByDescending(p => p.LastFailedAt).Take(500).ToListAsync(ct);
        return rows.Select(p => new ParkedMessageResponse(p.Id, p.Queue, p.MessageId, p.MessageType, p.Status.ToString(), p.Failures, p.Error,
            p.FirstFailedAt, p.LastFailedAt, p.NextRedeliveryAt, p.RedeliveredAt, p.ResolvedAt, p.Payload)).ToList();
    }

    public async Task<Result> RetryAsync(Guid id, CancellationToken ct)
    {
        var parked = await db.ParkedMessages.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (parked is null)
        {
            return Error.NotFound("Parked message");
        }

        if (parked.Status is not (ParkedMessageStatus.Parked or ParkedMessageStatus.AwaitingRedelivery))
        {
            return Error.Conflict("parked_message_not_retryable", $"This message is {parked.Status}; only parked or waiting messages can be retried.");
        }

        if (MessageTypes.Resolve(parked.MessageType) is null)
        {
            return Error.Conflict("parked_message_unreadable", "The type of this message is unknown to this version; it cannot be delivered again.");
        }

        Redeliver(parked);
        await db.SaveChangesAsync(ct);
        return Result.Success();
    }

    /// <summary>Sends back every message whose redelivery time has come (run by a recurring job).</summary>
    public async Task<int> RedeliverDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var due = await db.ParkedMessages
            .FromSqlInterpolated($"""
                SELECT * FROM parked_messages
                WHERE status = {nameof(ParkedMessageStatus.AwaitingRedelivery)} AND next_redelivery_at <= {now}
                ORDER BY next_redelivery_at
                LIMIT 100
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct);
        foreach (var parked in due)
        {
            Redeliver(parked);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return due.Count;
    }

    private void Redeliver(ParkedMessage parked)
    {
        var now = clock.GetUtcNow();
        parked.Status = ParkedMessageStatus.Redelivered;
        parked.NextRedeliveryAt = null;
        parked.RedeliveredAt = now;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageId = parked.MessageId,
            Destination = parked.Queue,
            Type = parked.MessageType,
            Payload = parked.Payload,
            OccurredAt = now,
        });
        db.MarkOutboxRowAdded();
    }
}
