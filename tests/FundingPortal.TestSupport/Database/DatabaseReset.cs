using Npgsql;
using NpgsqlTypes;
using Respawn;
using Respawn.Graph;

namespace FundingPortal.TestSupport.Database;

/// <summary>
/// Puts a database shared by many tests back to the state its host left after start-up: Respawn empties the schema
/// "public" (Hangfire's schema is left alone), then the rows start-up wrote (the bootstrap manager and its role) are
/// written back as they were, same id and security stamp, so whatever the host cached about them stays true.
/// </summary>
public sealed class DatabaseReset
{
    /// <summary>Written once by start-up and never by a test: the migrations, the roles, the data-protection key ring.</summary>
    private static readonly string[] Kept = ["__ef_migrations_history", "AspNetRoles", "protected_keys"];

    private readonly string _connectionString;
    private readonly Respawner _respawner;
    private readonly IReadOnlyList<(string Table, string Rows)> _startUpRows;

    private DatabaseReset(string connectionString, Respawner respawner, IReadOnlyList<(string Table, string Rows)> startUpRows)
    {
        _connectionString = connectionString;
        _respawner = respawner;
        _startUpRows = startUpRows;
    }

    /// <summary>Call once the host has started: what is in the database then is what every reset comes back to.</summary>
    public static async Task<DatabaseReset> CaptureAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = Kept.Select(t => new Table(t)).ToArray(),
            // Respawn truncates on PostgreSQL: new files for every table and index, most of a second per reset. A test
            // leaves a few rows: deleting them, children first (Respawn's order), takes milliseconds.
            FormatDeleteStatement = table => $"DELETE FROM {table.GetFullName('"')};",
        });

        var rows = new List<(string, string)>();
        foreach (var table in await TablesOf(connection))
        {
            await using var select = new NpgsqlCommand($"SELECT json_agg(t)::text FROM \"{table}\" t", connection);
            if (await select.ExecuteScalarAsync() is string json)
            {
                rows.Add((table, json));
            }
        }

        return new DatabaseReset(connectionString, respawner, rows);
    }

    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        // Replica mode also silences the guard triggers of append-only tables (the audit seals), which refuse DELETE otherwise.
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        await _respawner.ResetAsync(connection);
        await using (var origin = new NpgsqlCommand("SET session_replication_role = origin", connection))
        {
            await origin.ExecuteNonQueryAsync();
        }

        if (_startUpRows.Count == 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        // Foreign keys are checked by triggers; replica mode skips them while the rows go back in any order.
        await using (var replica = new NpgsqlCommand("SET LOCAL session_replication_role = replica", connection, transaction))
        {
            await replica.ExecuteNonQueryAsync();
        }

        foreach (var (table, rows) in _startUpRows)
        {
            await using var insert = new NpgsqlCommand($"INSERT INTO \"{table}\" SELECT * FROM json_populate_recordset(NULL::\"{table}\", @rows)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter("rows", NpgsqlDbType.Json) { Value = rows });
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static async Task<IReadOnlyList<string>> TablesOf(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND NOT (table_name = ANY(@kept))",
            connection);
        command.Parameters.AddWithValue("kept", Kept);
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
