using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Abstractions;

/// <summary>
/// Inserts thousands of new rows of one entity in one round trip (PostgreSQL binary COPY) without tracking them.
/// Call it inside <see cref="ITransactionRunner"/>: the rows commit or vanish with the rest of the unit of work.
/// </summary>
public interface IBulkInserter
{
    /// <summary>A duplicate key or another race answers <c>ConcurrencyErrors.ConcurrentUpdate</c>; nothing was written then.</summary>
    Task<Result> InsertAsync<T>(IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class;
}
