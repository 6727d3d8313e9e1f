using FundingPortal.Application.CoFunding;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Infrastructure.CoFunding;

internal static class SqlEnvelopeLedgerColumns
{
    public const string Committed = "Committed";
}

/// <summary>
/// Reserves aid on <c>call_funders.committed</c> with one conditional UPDATE. PostgreSQL locks the row and re-checks the
/// condition against the latest committed value when two reservations race, so the sum never passes the envelope;
/// the lock is held until the surrounding transaction (the decision's) commits or rolls back.
/// </summary>
internal sealed class SqlEnvelopeLedger(AppDbContext db) : IEnvelopeLedger
{
    public async Task<bool> TryReserve(Guid callId, Guid funderId, decimal amount, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("An envelope reservation must run inside the transaction of the decision it pays for.");
        }

        var updated = await db.Database.ExecuteSqlInterpolatedAsync(
            $"UPDATE call_funders SET committed = committed + {amount} WHERE call_id = {callId} AND funder_id = {funderId} AND committed + {amount} <= envelope",
            ct);
        return updated == 1;
    }

    public async Task<decimal> Remaining(Guid callId, Guid funderId, CancellationToken ct) =>
        await db.Database.SqlQuery<decimal>($"SELECT envelope - committed AS \"Value\" FROM call_funders WHERE call_id = {callId} AND funder_id = {funderId}")
            .SingleAsync(ct);
}
