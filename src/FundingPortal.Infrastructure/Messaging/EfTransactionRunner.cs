using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Persistence;

namespace FundingPortal.Infrastructure.Messaging;

public sealed class EfTransactionRunner(AppDbContext db) : ITransactionRunner
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
            return result;
        }
        catch
        {
            // Rolled back: forget the tracked changes too, or a later save on this context would write them after all.
            db.ChangeTracker.Clear();
            throw;
        }
    }

    public async Task<Result<T>> RunAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            var joined = await work(cancellationToken);
            return joined.IsSuccess ? Saved(await db.TrySaveChangesAsync(cancellationToken), joined) : joined;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work(cancellationToken);
            if (result.IsSuccess)
            {
                result = Saved(await db.TrySaveChangesAsync(cancellationToken), result);
            }

            if (result.IsSuccess)
            {
                await transaction.CommitAsync(cancellationToken);
                return result;
            }

            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return result;
        }
        catch (Exception exception) when (DatabaseErrors.IsRace(exception))
        {
            // The commit itself lost (a serialisation failure or deadlock): nothing was written.
            db.ChangeTracker.Clear();
            return ConcurrencyErrors.ConcurrentUpdate;
        }
        catch
        {
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private static Result<T> Saved<T>(Result saved, Result<T> result) => saved.IsSuccess ? result : saved.Error!;
}
