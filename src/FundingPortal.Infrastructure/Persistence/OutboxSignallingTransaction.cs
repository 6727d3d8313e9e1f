using FundingPortal.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore.Storage;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>
/// An explicit transaction that wakes the outbox dispatcher once it commits: inside a transaction, SaveChanges cannot
/// (its messages are not visible yet), and without the wake-up they would wait for the next poll.
/// </summary>
internal sealed class OutboxSignallingTransaction(IDbContextTransaction inner, OutboxSignal? signal) : IDbContextTransaction
{
    public Guid TransactionId => inner.TransactionId;

    public void Commit()
    {
        inner.Commit();
        signal?.Notify();
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        await inner.CommitAsync(cancellationToken);
        signal?.Notify();
    }

    public void Rollback() => inner.Rollback();

    public Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    public void Dispose() => inner.Dispose();

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
