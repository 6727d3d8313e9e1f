using System.Data.Common;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FundingPortal.Infrastructure.Messaging;

/// <summary>
/// The one place that wakes the outbox dispatcher: once the outbox rows a unit of work added are committed — right
/// after the save outside a transaction, after the commit inside one — and never after a rollback, when there is
/// nothing to send. Rows are announced by <see cref="AppDbContext.MarkOutboxRowAdded"/> (the outbox and the
/// redelivery of parked messages), so a save with no outbox row costs nothing here.
/// </summary>
public sealed class OutboxWakeUp(OutboxSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AfterSave(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AfterSave(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => AfterFailedSave(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        AfterFailedSave(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    Task IDbTransactionInterceptor.TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The batched save (ADR 0041) runs no EF interceptor: it reports here once PostgreSQL has committed its implicit
    /// transaction, or refused it.
    /// </summary>
    public void AfterBatch(AppDbContext db, bool committed)
    {
        if (committed)
        {
            Wake(db);
        }
        else
        {
            Forget(db);
        }
    }

    private void AfterSave(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        // Inside a transaction the rows are not visible to the dispatcher yet: the commit wakes it.
        if (context is AppDbContext { Database.CurrentTransaction: null })
        {
            Wake(context);
        }
    }

    private static void AfterFailedSave(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is AppDbContext { Database.CurrentTransaction: null })
        {
            Forget(context);
        }
    }

    private void Wake(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is AppDbContext db && db.TakeOutboxRowAdded())
        {
            signal.Notify();
        }
    }

    private static void Forget(Microsoft.EntityFrameworkCore.DbContext? context) => (context as AppDbContext)?.TakeOutboxRowAdded();
}
