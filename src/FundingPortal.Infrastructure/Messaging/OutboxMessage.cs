namespace FundingPortal.Infrastructure.Messaging;

/// <summary>An integration message written in the same transaction as the change it announces.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }
    public string Type { get; init; } = string.Empty;
    public string Payload { get; init; } = string.Empty;
    public DateTimeOffset OccurredAt { get; init; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>Marks a message as handled by one consumer, in the consumer's own transaction (idempotent consumers).</summary>
public sealed class ProcessedMessage
{
    public string Consumer { get; init; } = string.Empty;
    public Guid MessageId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }
}
