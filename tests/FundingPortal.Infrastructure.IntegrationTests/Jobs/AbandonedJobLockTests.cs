using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Jobs;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FundingPortal.Infrastructure.IntegrationTests.Jobs;

/// <summary>
/// Hangfire's locks are rows: a worker killed while holding one (the recurring-job scheduler's, taken every second) leaves
/// it behind. The next worker takes it over once it is older than <see cref="JobsSetup.StaleLockAfter"/>, not after
/// Hangfire's default ten minutes without any recurring job (closing calls, resuming announcements).
/// </summary>
public sealed class AbandonedJobLockTests : IAsyncLifetime
{
    private const string SchedulerLock = "recurring-jobs:lock";
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_lock_left_by_a_killed_worker_is_taken_over_after_a_minute_and_a_live_one_is_not()
    {
        var storage = _host.Services.GetRequiredService<JobStorage>();
        using var killed = storage.GetConnection();
        using var next = storage.GetConnection();

        // Taken and never released, as by a process killed inside the scheduler's tick.
        killed.AcquireDistributedLock(SchedulerLock, TimeSpan.FromSeconds(5));
        Assert.Throws<PostgreSqlDistributedLockException>(() => next.AcquireDistributedLock(SchedulerLock, TimeSpan.FromSeconds(2)));

        await AgeLocks(JobsSetup.StaleLockAfter + TimeSpan.FromSeconds(30));
        using (next.AcquireDistributedLock(SchedulerLock, TimeSpan.FromSeconds(5)))
        {
            Assert.Equal(1, await LockRows());
        }

        Assert.Equal(0, await LockRows());
    }

    private async Task AgeLocks(TimeSpan by)
    {
        await using var db = await Open();
        await using var age = new NpgsqlCommand($"UPDATE {JobsSetup.Schema}.lock SET acquired = acquired - @by", db);
        age.Parameters.AddWithValue("by", by);
        Assert.Equal(1, await age.ExecuteNonQueryAsync());
    }

    private async Task<long> LockRows()
    {
        await using var db = await Open();
        await using var count = new NpgsqlCommand($"SELECT count(*) FROM {JobsSetup.Schema}.lock", db);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private async Task<NpgsqlConnection> Open()
    {
        var db = new NpgsqlConnection(_host.Database.ConnectionString);
        await db.OpenAsync();
        return db;
    }
}
