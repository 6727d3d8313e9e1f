using FundingPortal.Api.Auth;
using FundingPortal.Application.Common.Telemetry;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FundingPortal.Api.Http;

/// <summary>
/// OpenTelemetry metrics (ASP.NET Core, Npgsql, MassTransit, the portal's own <see cref="PortalMetrics"/>) kept in the
/// process for <c>GET /api/metrics</c> (Prometheus text, managers or their read-only API tokens); traces and an OTLP
/// copy of the metrics only when <c>Telemetry:OtlpEndpoint</c> is set. By default nothing is sent anywhere.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    public static IServiceCollection AddFundingPortalTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration[OtlpEndpointKey] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("FundingPortal"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddNpgsqlInstrumentation().AddMeter("MassTransit", PortalMetrics.MeterName)
                    // The exporter's default 300 ms response cache answered a scrape taken right after an action with the
                    // previous one (the submission or refusal missing): a manager reads what just happened. The endpoint is
                    // behind the manager policy and the API's rate limits, which are what protects it from scrape storms.
                    .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = otlp);
                }
            });
        if (otlp is not null)
        {
            // Spans cost on every request: traced only when someone collects them.
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddNpgsql().AddSource("MassTransit")
                .AddOtlpExporter(o => o.Endpoint = otlp));
        }

        return services;
    }

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
