using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FundingPortal.Infrastructure.Notifications;

public sealed class EfAnnouncementRecipientClaims(AppDbContext db) : IAnnouncementRecipientClaims
{
    public async Task<IAsyncDisposable?> TryTakeTurnAsync(Guid announcementId, CancellationToken ct)
    {
        // A session-level advisory lock on a connection of its own: it outlives the per-recipient transactions, and the
        // server drops it with the connection when the process holding it is killed.
        var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", connection);
            command.Parameters.AddWithValue(LockKey(announcementId));
            if (await command.ExecuteScalarAsync(ct) is true)
            {
                return new Turn(connection, LockKey(announcementId));
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    public async Task<AnnouncementRecipient?> ClaimNextAsync(Guid announcementId, CancellationToken ct) =>
        (await db.AnnouncementRecipients
            .FromSqlInterpolated($"""
                SELECT * FROM announcement_recipients
                WHERE announcement_id = {announcementId} AND status = 'Pending'
                ORDER BY user_id
                LIMIT 1
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct)).FirstOrDefault();

    private static string LockKey(Guid announcementId) => $"announcement-delivery:{announcementId:N}";

    private sealed class Turn(NpgsqlConnection connection, string key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                // A pooled connection keeps session locks: release it before the connection goes back to the pool.
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(hashtextextended($1, 0))", connection);
                command.Parameters.AddWithValue(key);
                await command.ExecuteScalarAsync(CancellationToken.None);
            }
            catch (NpgsqlException)
            {
                // The connection is broken: the server has already dropped the lock with it.
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
