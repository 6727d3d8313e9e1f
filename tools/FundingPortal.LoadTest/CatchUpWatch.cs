using Npgsql;

namespace FundingPortal.LoadTest;

/// <param name="CurrentReadyAfter">Seconds after T until every dossier's latest version had its documents rendered.</param>
/// <param name="PendingAtTwoMinutes">Documents still Pending 2 minutes after T (null: the watch stopped earlier).</param>
/// <param name="AllReadyAfter">Seconds after T until no document was Pending, if within the watch.</param>
public sealed record CatchUp(double? CurrentReadyAfter, long? PendingAtTwoMinutes, double? AllReadyAfter, long PendingAtEnd, double WatchedFor);

/// <summary>
/// Polls the database once a second from the end of the burst: how long after T the documents of the current versions
/// (what applicants download first) are all rendered, how many documents are still Pending 2 minutes after T, and, with
/// --drain-seconds, when the last one is (issue 22: "PDFs catch up within 2 min after the burst").
/// </summary>
public static class CatchUpWatch
{
    private const int TwoMinutes = 120;

    // Current versions through the unique (proposal, kind, version) index; Pending through the partial index.
    private const string Progress = """
        SELECT (SELECT count(*) FROM proposals p JOIN generated_documents d ON d.proposal_id = p.id AND d.version = p.latest_version
                WHERE p.call_id = $1 AND d.status = 'Pending'),
               (SELECT count(*) FROM generated_documents WHERE status = 'Pending')
        """;

    public static async Task<CatchUp> Run(Options options, SeedResult seed, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Database);
        var horizon = Math.Max(TwoMinutes, options.DrainSeconds);
        double? currentReady = null, allReady = null;
        long? pendingAtTwoMinutes = null;
        long pending;
        double after;
        while (true)
        {
            long current;
            await using (var command = dataSource.CreateCommand(Progress))
            {
                command.Parameters.AddWithValue(seed.CallId);
                await using var reader = await command.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                (current, pending) = (reader.GetInt64(0), reader.GetInt64(1));
            }

            after = (DateTimeOffset.UtcNow - seed.DeadlineUtc).TotalSeconds;
            currentReady ??= current == 0 ? after : null;
            allReady ??= pending == 0 ? after : null;
            pendingAtTwoMinutes ??= after >= TwoMinutes ? pending : null;
            if (allReady is not null || after >= horizon)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }

        // Everything rendered before the 2-minute mark leaves nothing Pending at it.
        pendingAtTwoMinutes ??= allReady is not null ? 0 : null;
        return new CatchUp(currentReady, pendingAtTwoMinutes, allReady, pending, after);
    }
}
