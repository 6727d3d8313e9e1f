using Npgsql;

namespace FundingPortal.LoadTest;

public sealed record Invariants(int Lost, int Duplicated, int LateVersions, int Versions);

/// <summary>Reads the database after the burst: every 200 has its version, no key made two versions, nothing after T.</summary>
public static class DatabaseChecks
{
    public static async Task<Invariants> Verify(Options options, SeedResult seed, IReadOnlyCollection<Accepted> accepted, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Database);
        var stored = new HashSet<(Guid, string, string)>();
        await using (var command = dataSource.CreateCommand(
                         "SELECT v.proposal_id, v.idempotency_key, v.receipt_number FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id WHERE p.call_id = $1 AND v.idempotency_key IS NOT NULL"))
        {
            command.Parameters.AddWithValue(seed.CallId);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                stored.Add((reader.GetGuid(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        var lost = accepted.Count(a => !stored.Contains((a.ProposalId, a.Key, a.Receipt)));
        var duplicated = await Scalar(dataSource,
            "SELECT count(*) FROM (SELECT 1 FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id WHERE p.call_id = $1 AND v.idempotency_key IS NOT NULL GROUP BY v.proposal_id, v.idempotency_key HAVING count(*) > 1) d",
            seed.CallId, ct);
        var late = await Scalar(dataSource,
            "SELECT count(*) FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id WHERE p.call_id = $1 AND v.submitted_at >= $2",
            seed.CallId, ct, seed.DeadlineUtc);
        var versions = await Scalar(dataSource, "SELECT count(*) FROM proposal_versions v JOIN proposals p ON p.id = v.proposal_id WHERE p.call_id = $1", seed.CallId, ct);
        return new Invariants(lost, (int)duplicated, (int)late, (int)versions);
    }

    /// <summary>The documents by status right now ("Ready 812, Pending 3,140"): how far rendering lags the submissions.</summary>
    public static async Task<string> Documents(Options options, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Database);
        await using var command = dataSource.CreateCommand("SELECT status, count(*) FROM generated_documents GROUP BY status ORDER BY status DESC");
        var parts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            parts.Add($"{reader.GetString(0)} {reader.GetInt64(1)}");
        }

        return parts.Count == 0 ? "none" : string.Join(", ", parts);
    }

    private static async Task<long> Scalar(NpgsqlDataSource dataSource, string sql, Guid callId, CancellationToken ct, DateTimeOffset? at = null)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.AddWithValue(callId);
        if (at is { } instant)
        {
            command.Parameters.AddWithValue(instant.UtcDateTime);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }
}
