using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.Jobs;

/// <summary>Hangfire on PostgreSQL, in its own schema "hangfire" that Hangfire creates itself (kept out of EF migrations).</summary>
public static class JobsSetup
{
    public const string Schema = "hangfire";

    public static readonly TimeSpan StaleLockAfter = TimeSpan.FromMinutes(1);

    /// <summary>Storage and client, for every role (the API enqueues nothing yet, but serves the dashboard).</summary>
    public static IServiceCollection AddFundingPortalJobStorage(this IServiceCollection services, string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // Hangfire's locks are rows, left behind by a process killed while holding one; the next taker deletes a
            // row older than this. The default (10 min) let one worker killed inside the recurring-job scheduler's
            // tick stop every recurring job (closing calls included) for ten minutes. Hangfire's own locks are held
            // for a query or two, and our jobs are idempotent sweeps, so a minute is safe.
            DistributedLockTimeout = StaleLockAfter,
        };

        // Registered before AddHangfire so it wins over Hangfire's static JobStorage.Current: every host (and every test
        // host with its own database) keeps its own storage and activator.
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(configuration => configuration
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        return services;
    }

    /// <summary>The server that runs recurring jobs (roles All and Worker).</summary>
    public static IServiceCollection AddFundingPortalJobServer(this IServiceCollection services) =>
        services.AddHangfireServer(options =>
        {
            options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
            options.WorkerCount = Math.Max(2, Environment.ProcessorCount);
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
        });
}
