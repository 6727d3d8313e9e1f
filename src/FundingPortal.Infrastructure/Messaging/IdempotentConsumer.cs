using MassTransit;

namespace FundingPortal.Infrastructure.Messaging;

/// <summary>
/// Base of every consumer: its effects and the processed-message record commit in one transaction, so a redelivered
/// message (same MessageId) has no effect. Derived consumers only say what to do, usually by calling a use case.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(ProcessedMessageGuard guard) : IConsumer<TMessage> where TMessage : class
{
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a MessageId; publish through the outbox.");
        if (context.ReceiveContext.Redelivered)
        {
            guard.NoteRedelivered(ConsumerName, messageId);
        }

        var redeliveredFrom = context.Headers.TryGetHeader(OutboxBatchPublisher.RedeliveryHeader, out _)
            ? QueueName.Of(context.ReceiveContext.InputAddress)
            : null;
        await guard.RunOnceAsync(ConsumerName, messageId, redeliveredFrom, ct => HandleAsync(context.Message, ct), context.CancellationToken);
    }

    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}

public static class QueueName
{
    /// <summary>"rabbitmq://host/vhost/queue-name?..." or "loopback://localhost/queue-name" → "queue-name".</summary>
    public static string Of(Uri inputAddress) => inputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
}
