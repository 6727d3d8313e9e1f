using Npgsql;
using Testcontainers.PostgreSql;

namespace FundingPortal.TestSupport.Database;

/// <summary>
/// A throwaway database per fixture, shared by the test projects (linked file): on the server named by FP_TEST_PG (an admin connection string, set by
/// test.sh) or, when that is unset, in a PostgreSQL container started with Testcontainers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private static readonly SemaphoreSlim ContainerLock = new(1, 1);
    private static PostgreSqlContainer? _container;

    private readonly string _adminConnectionString;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, IncludeErrorDetail = true }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable("FP_TEST_PG") ?? await StartContainer();
        var name = $"fp_test_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new TestDatabase(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        // This database's pool only: ClearAllPools would also close the connections of databases other tests are using.
        await using (var own = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(own);
        }

        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartContainer()
    {
        await ContainerLock.WaitAsync();
        try
        {
            if (_container is null)
            {
                _container = new PostgreSqlBuilder("postgres:15").Build();
                await _container.StartAsync();
            }

            return _container.GetConnectionString();
        }
        finally
        {
            ContainerLock.Release();
        }
    }
}
