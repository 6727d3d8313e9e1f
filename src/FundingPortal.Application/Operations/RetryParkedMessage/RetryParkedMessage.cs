using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Operations.RetryParkedMessage;

/// <summary>A manager sends a parked (or waiting) message back to the queue that failed, once its cause is fixed.</summary>
public sealed class RetryParkedMessage(IParkedMessages parked)
{
    public Task<Result> Handle(Guid id, CancellationToken ct) => parked.RetryAsync(id, ct);
}
