using Microsoft.Extensions.Configuration;

namespace FundingPortal.Infrastructure.Hosting;

/// <summary>What a process runs (configuration key Hosting:Role).</summary>
public enum HostingRole
{
    /// <summary>API, outbox dispatcher, consumers and Hangfire server in one process (single-process mode).</summary>
    All,

    /// <summary>HTTP API and outbox dispatcher only: publishes, never consumes, runs no jobs.</summary>
    Api,

    /// <summary>Consumers, recurring jobs and outbox dispatcher, no HTTP API.</summary>
    Worker,
}

public static class HostingRoles
{
    public const string Key = "Hosting:Role";

    public static HostingRole Read(IConfiguration configuration, HostingRole fallback = HostingRole.All)
    {
        var value = configuration[Key];
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return Enum.TryParse<HostingRole>(value, ignoreCase: true, out var role)
            ? role
            : throw new InvalidOperationException($"{Key} must be All, Api or Worker (was '{value}').");
    }

    public static bool RunsConsumers(this HostingRole role) => role != HostingRole.Api;

    public static bool RunsJobs(this HostingRole role) => role != HostingRole.Api;
}
