using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Persistence;

namespace FundingPortal.Infrastructure.Messaging;

public sealed class EfTransactionRunner(AppDbContext db, OutboxSignal signal) : ITransactionRunner
{
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var joined = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return joined;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            signal.Notify();
            return result;
        }
        catch
        {
            // Rolled back: forget the tracked changes too, or a later save on this context would write them after all.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
