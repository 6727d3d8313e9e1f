using FundingPortal.Api.Auth;
using FundingPortal.Infrastructure.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace FundingPortal.Api.Http;

/// <summary>
/// The API host's telemetry: what every host measures (<see cref="PortalTelemetry"/>) plus ASP.NET Core, kept in the
/// process for <c>GET /api/metrics</c> (Prometheus text, managers or their read-only API tokens); traces and an OTLP
/// copy of the metrics only when <c>Telemetry:OtlpEndpoint</c> is set. By default nothing is sent anywhere.
/// </summary>
public static class TelemetrySetup
{
    public const string ServiceName = "FundingPortal";

    public static IServiceCollection AddFundingPortalTelemetry(this IServiceCollection services, IConfiguration configuration) =>
        services.AddPortalTelemetry(configuration, ServiceName,
            metrics => metrics.AddAspNetCoreInstrumentation()
                // The exporter's default 300 ms response cache answered a scrape taken right after an action with the
                // previous one (the submission or refusal missing): a manager reads what just happened. The endpoint is
                // behind the manager policy and the API's rate limits, which are what protects it from scrape storms.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0),
            tracing => tracing.AddAspNetCoreInstrumentation());

    public static void MapMetricsEndpoint(this WebApplication app)
    {
        var scrape = ((IApplicationBuilder)app).New().UseOpenTelemetryPrometheusScrapingEndpoint(meterProvider: null, predicate: _ => true, path: null,
            configureBranchedPipeline: null, optionsName: null).Build();
        app.MapGet("/api/metrics", async (HttpContext context) =>
            {
                await scrape(context);
                return Results.Empty;
            })
            .Produces<string>(StatusCodes.Status200OK, "text/plain")
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Operations")
            .WithSummary("Prometheus scrape of the portal's metrics (managers, or a manager's read-only API token)");
    }
}
