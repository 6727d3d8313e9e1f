using Npgsql;

namespace FundingPortal.TestSupport.Messaging;

/// <summary>
/// Waits until a host has finished what the last test set going: no outbox message due and not yet dispatched, no
/// message being consumed, and nothing received between two looks. A consumer still at work when the next test's reset
/// empties the tables would write into that test, or fail on the rows it no longer finds.
/// </summary>
public static class BackgroundWork
{
    private static readonly TimeSpan Look = TimeSpan.FromMilliseconds(25);

    /// <returns>False when it was still busy after <paramref name="timeout"/>.</returns>
    public static async Task<bool> WaitUntilIdleAsync(string connectionString, TimeProvider clock, MessagesInFlight messages, TimeSpan timeout)
    {
        var started = DateTime.UtcNow;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var received = messages.Received;
        var quietLooks = 0;
        while (true)
        {
            var busy = messages.Count > 0 || await DueInOutbox(connection, clock.GetUtcNow()) > 0 || messages.Received != received;
            received = messages.Received;
            quietLooks = busy ? 0 : quietLooks + 1;
            if (quietLooks == 2)
            {
                return true;
            }

            if (DateTime.UtcNow - started > timeout)
            {
                return false;
            }

            await Task.Delay(Look);
        }
    }

    private static async Task<long> DueInOutbox(NpgsqlConnection connection, DateTimeOffset now)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM outbox_messages WHERE dispatched_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= @now)", connection);
        command.Parameters.AddWithValue("now", now);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
