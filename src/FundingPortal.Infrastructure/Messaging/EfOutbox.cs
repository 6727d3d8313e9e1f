using System.Text.Json;
using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Persistence;

namespace FundingPortal.Infrastructure.Messaging;

public sealed class EfOutbox(AppDbContext db, TimeProvider clock) : IOutbox
{
    public void Enqueue<T>(T message) where T : class
    {
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = typeof(T).FullName!,
            Payload = JsonSerializer.Serialize(message, MessageJson.Options),
            OccurredAt = clock.GetUtcNow(),
        });
        db.MarkOutboxRowAdded();
    }
}

public static class MessageJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
