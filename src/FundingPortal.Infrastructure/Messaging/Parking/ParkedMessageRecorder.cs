using FundingPortal.Application.Operations;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Messaging.Parking;

/// <summary>Records a final failure: schedules the next redelivery, or parks the message for good once they are used up.</summary>
public sealed class ParkedMessageRecorder(AppDbContext db, IOptions<MessagingOptions> options, TimeProvider clock)
{
    public async Task<ParkedMessage> RecordAsync(FailedEnvelope failed, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var parked = await db.ParkedMessages.FirstOrDefaultAsync(p => p.Queue == failed.Queue && p.MessageId == failed.MessageId, ct);
        if (parked is null)
        {
            parked = new ParkedMessage
            {
                Id = Guid.CreateVersion7(),
                Queue = failed.Queue,
                MessageId = failed.MessageId,
                MessageType = failed.MessageType,
                Payload = failed.Payload,
                FirstFailedAt = now,
            };
            db.ParkedMessages.Add(parked);
        }

        parked.Failures++;
        parked.Error = failed.Error;
        parked.LastFailedAt = now;
        var redeliveries = options.Value.Redeliveries;
        var readable = MessageTypes.Resolve(parked.MessageType) is not null;
        parked.NextRedeliveryAt = readable && parked.Failures <= redeliveries.Count ? now + redeliveries[parked.Failures - 1] : null;
        parked.Status = parked.NextRedeliveryAt is null ? ParkedMessageStatus.Parked : ParkedMessageStatus.AwaitingRedelivery;
        await db.SaveChangesAsync(ct);
        return parked;
    }
}
