using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Operations;

public sealed record ParkedMessageResponse(Guid Id, string Queue, Guid MessageId, string MessageType, string Status, int Failures, string Error,
    DateTimeOffset FirstFailedAt, DateTimeOffset LastFailedAt, DateTimeOffset? NextRedeliveryAt, DateTimeOffset? RedeliveredAt,
    DateTimeOffset? ResolvedAt, string Payload);

/// <summary>
/// The messages a consumer could not process, kept by the messaging infrastructure: what managers see of them, and how
/// one is sent back to the queue that failed (an outbox row with its original MessageId, in the same transaction).
/// </summary>
public interface IParkedMessages
{
    /// <summary>The 500 most recent failures, in that status when one is given.</summary>
    Task<IReadOnlyList<ParkedMessageResponse>> ListAsync(ParkedMessageStatus? status, CancellationToken cancellationToken);

    Task<Result> RetryAsync(Guid id, CancellationToken cancellationToken);
}
