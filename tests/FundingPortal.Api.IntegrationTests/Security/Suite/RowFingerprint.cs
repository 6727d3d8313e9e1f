using Npgsql;

namespace FundingPortal.Api.IntegrationTests.Security.Suite;

/// <summary>
/// What a refused request must leave as it was: the row count of every table, and which rows were written (the sum of
/// their xmin), except the tables background work writes on its own (notifications, the outbox, documents, reminders)
/// and the accounts' rows, which a failed sign-in rightly updates (failure count); and the data-protection key ring.
/// </summary>
public sealed class RowFingerprint(string connectionString, string query)
{
    private static readonly string[] Background =
    [
        "notifications", "outbox_messages", "processed_messages", "generated_documents", "document_contents", "parked_messages", "sent_reminders",
        "protected_keys", // the data-protection key ring, created on first use by whichever request needs a key
    ];

    public static async Task<RowFingerprint> For(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", connection);
        var tables = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var parts = tables.Where(t => !Background.Contains(t) && !t.StartsWith("__", StringComparison.Ordinal)).Select(t => t.StartsWith("AspNet", StringComparison.Ordinal)
            ? $"'{t}=' || (SELECT count(*) FROM \"{t}\")"
            : $"'{t}=' || (SELECT count(*) || '/' || coalesce(sum(xmin::text::bigint), 0) FROM \"{t}\")");
        return new RowFingerprint(connectionString, "SELECT " + string.Join(" || ' ' || ", parts));
    }

    public async Task<string> Take()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(query, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// The state once background work has stopped changing it: first <paramref name="untilIdle"/> (the host's own view:
    /// nothing due in the outbox, no message being consumed), then the same fingerprint twice, 100 ms apart; 5 s at most.
    /// The fingerprint alone can be fooled on a loaded machine by a consumer that starts more than 100 ms after the request.
    /// </summary>
    public async Task<string> Settled(Func<Task>? untilIdle = null)
    {
        if (untilIdle is not null)
        {
            await untilIdle();
        }

        var previous = await Take();
        for (var i = 0; i < 50; i++)
        {
            await Task.Delay(100);
            var now = await Take();
            if (now == previous)
            {
                return now;
            }

            previous = now;
        }

        return previous;
    }

    /// <summary>"proposals=3/1234 → proposals=4/1300": the tables that differ.</summary>
    public static string Difference(string before, string after)
    {
        var a = before.Split(' ');
        var b = after.Split(' ');
        return string.Join(", ", a.Zip(b).Where(p => p.First != p.Second).Select(p => $"{p.First} → {p.Second}"));
    }
}
