using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Abstractions;

/// <summary>
/// Saves the unit of work's changes in one round trip to the database, all or nothing, with the answers of
/// <see cref="IAppDbContext.TrySaveChangesAsync"/>: for the hottest writes (the deadline's submits, issue 22), where
/// <c>SaveChanges</c>' second round trip and per-save SQL generation show.
/// </summary>
public interface IBatchedSave
{
    Task<Result> TrySaveAsync(CancellationToken cancellationToken);
}
