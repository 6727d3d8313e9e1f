using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>
/// The only place that reads PostgreSQL's SQLSTATEs (ADR 0005: provider specifics stay in Infrastructure). Everything
/// above sees a <c>concurrent_update</c> conflict or a 503, never a code.
/// </summary>
public static class DatabaseErrors
{
    private const string UniqueViolation = "23505";
    private const string SerializationFailure = "40001";
    private const string DeadlockDetected = "40P01";
    private const string DivisionByZero = "22012";

    /// <summary>
    /// Another writer got there first: a concurrency token moved, a unique index refused a duplicate, or PostgreSQL
    /// gave up a serialisation or a deadlock. Nothing of this unit of work was written; run it again from fresh data.
    /// </summary>
    public static bool IsRace(Exception exception) =>
        exception is DbUpdateConcurrencyException
        || (exception is DbUpdateException { InnerException: DbException inner } ? IsRaceState(inner) : exception is DbException db && IsRaceState(db));

    /// <summary>
    /// A checked UPDATE of the batched save matched no row: it divides by the number of rows it matched (ADR 0041), so
    /// PostgreSQL's division_by_zero is how "the row moved or is gone" comes back from inside the batch.
    /// </summary>
    public static bool IsCheckedUpdateWithoutItsRow(Exception exception) => exception is DbException { SqlState: DivisionByZero };

    /// <summary>The database is restarting or unreachable (SQLSTATE class 08: connection exception; 57P01–57P03: shutdown, cannot connect now).</summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException db && (db.SqlState is { } state ? state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal) : db.IsTransient))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRaceState(DbException db) => db.SqlState is UniqueViolation or SerializationFailure or DeadlockDetected;
}
