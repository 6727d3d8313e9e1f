namespace FundingPortal.Application.Abstractions;

/// <summary>
/// Runs work in one database transaction and saves the unit of work before committing, so raw inserts
/// (ledgers, notifications) and tracked changes, outbox rows included, commit or vanish together.
/// </summary>
public interface ITransactionRunner
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
