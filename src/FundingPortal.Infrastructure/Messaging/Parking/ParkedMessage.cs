using FundingPortal.Application.Operations;

namespace FundingPortal.Infrastructure.Messaging.Parking;

/// <summary>A message that one consumer queue could not process: MassTransit's error queue, kept as a table managers can see.</summary>
public sealed class ParkedMessage
{
    public Guid Id { get; init; }

    /// <summary>The receive endpoint (queue) that failed; a retry is sent there only, not to every subscriber.</summary>
    public string Queue { get; init; } = string.Empty;

    public Guid MessageId { get; init; }
    public string MessageType { get; init; } = string.Empty;
    public string Payload { get; init; } = string.Empty;
    public string Error { get; set; } = string.Empty;
    public int Failures { get; set; }
    public ParkedMessageStatus Status { get; set; }
    public DateTimeOffset FirstFailedAt { get; init; }
    public DateTimeOffset LastFailedAt { get; set; }
    public DateTimeOffset? NextRedeliveryAt { get; set; }
    public DateTimeOffset? RedeliveredAt { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
}
