using System.Data.Common;
using Npgsql;

namespace FundingPortal.Infrastructure.Persistence;

/// <summary>
/// Connection settings the submit path depends on, applied unless the configured connection string sets them:
/// statements used twice are prepared server-side (PostgreSQL then skips parsing and planning them), and a
/// pooled connection is not reset on return (the application keeps no session state: no SET, no advisory locks).
/// </summary>
public static class PostgresConnectionDefaults
{
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var keys = given.Keys.Cast<string>().Select(k => k.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var tuned = new NpgsqlConnectionStringBuilder(connectionString);
        if (!keys.Contains("MaxAutoPrepare"))
        {
            tuned.MaxAutoPrepare = 64;
        }

        if (!keys.Contains("AutoPrepareMinUsages"))
        {
            tuned.AutoPrepareMinUsages = 2;
        }

        if (!keys.Contains("NoResetOnClose"))
        {
            tuned.NoResetOnClose = true;
        }

        return tuned.ConnectionString;
    }
}
