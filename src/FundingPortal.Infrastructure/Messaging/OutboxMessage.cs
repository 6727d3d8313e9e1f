namespace FundingPortal.Infrastructure.Messaging;

/// <summary>An integration message written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>Full name of a type of the Contracts assembly.</summary>
    public string Type { get; init; } = string.Empty;

    public string Payload { get; init; } = string.Empty;
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>When a failed dispatch may be tried again.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>A queue to send to instead of publishing (redelivery of a parked message to the one consumer that failed).</summary>
    public string? Destination { get; init; }

    /// <summary>The MassTransit MessageId when it is not <see cref="Id"/>: a redelivery keeps the original id.</summary>
    public Guid? MessageId { get; init; }
}

/// <summary>Marks a message as handled by one consumer, in the consumer's own transaction (idempotent consumers).</summary>
public sealed class ProcessedMessage
{
    public string Consumer { get; init; } = string.Empty;
    public Guid MessageId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
