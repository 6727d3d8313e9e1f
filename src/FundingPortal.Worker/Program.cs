using FundingPortal.Application;
using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure;
using FundingPortal.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration.Memory;

namespace FundingPortal.Worker;

/// <summary>The worker host: consumers, recurring jobs and an outbox dispatcher, configured with the API's keys.</summary>
public static class WorkerProgram
{
    public const string ServiceName = "FundingPortal.Worker";

    /// <summary>Lowest-precedence defaults (the worker ships no appsettings.json); environment variables override them.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Defaults = new Dictionary<string, string?>
    {
        ["ConnectionStrings:FundingPortal"] = "Host=127.0.0.1;Port=55432;Username=postgres;Database=fundingportal",
        [HostingRoles.Key] = nameof(HostingRole.Worker),
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
        ["Logging:LogLevel:MassTransit"] = "Warning",
    };

    public static async Task Main(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Defaults });

        builder.Services.AddApplication();
        builder.Services.AddInfrastructure(builder.Configuration);
        builder.Services.AddFundingPortalKeyRing(builder.Configuration);
        builder.Services.AddSingleton<BackgroundUser>();
        builder.Services.AddSingleton<ICurrentUser>(sp => sp.GetRequiredService<BackgroundUser>());
        builder.Services.AddSingleton<ICurrentUserAccessor>(sp => sp.GetRequiredService<BackgroundUser>());
        builder.Services.AddFundingPortalBackgroundWork(builder.Configuration, HostingRoles.Read(builder.Configuration, HostingRole.Worker));
        builder.Services.AddPortalTelemetry(builder.Configuration, ServiceName);

        await builder.Build().RunAsync();
    }
}
