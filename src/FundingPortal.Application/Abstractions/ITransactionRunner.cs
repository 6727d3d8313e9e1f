using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Abstractions;

/// <summary>
/// Runs work in one database transaction and saves the unit of work before committing, so raw inserts
/// (ledgers, notifications, envelope reservations) and tracked changes, outbox rows included, commit or vanish together.
/// Inside a transaction already open, the work joins it.
/// </summary>
public interface ITransactionRunner
{
    /// <summary>Commits whatever the work returns; an exception rolls back and forgets the tracked changes.</summary>
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Commits only a success. A failure (or an exception) rolls back and forgets the tracked changes; a race at save or
    /// commit answers <c>ConcurrencyErrors.ConcurrentUpdate</c>.
    /// </summary>
    Task<Result<T>> RunAsync<T>(Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken);
}
