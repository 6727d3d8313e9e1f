using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.DemoData;

/// <summary>The demo cluster for trying the portal (./run.sh sets Seed:Demo): registered and run by the API host only.</summary>
public static class DemoDataSetup
{
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<ReviewDemoSeeder>();
        return services;
    }

    /// <summary>Seeds on first run only (an empty database); a no-op afterwards.</summary>
    public static Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
}
