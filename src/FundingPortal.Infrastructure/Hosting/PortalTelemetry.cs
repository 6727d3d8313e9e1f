using System.Diagnostics.Metrics;
using FundingPortal.Application.Common.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FundingPortal.Infrastructure.Hosting;

/// <summary>
/// The OpenTelemetry set-up every host shares (ADR 0022): Npgsql, MassTransit and the portal's own meter
/// (<see cref="PortalMetrics"/>: submissions, refusals, outbox lag, documents pending); metrics and traces go over OTLP
/// only when <c>Telemetry:OtlpEndpoint</c> is set. Each host adds its own instruments and exporters (the API: ASP.NET
/// Core and the managers' Prometheus scrape). By default nothing leaves the process.
/// </summary>
public static class PortalTelemetry
{
    public const string OtlpEndpointKey = "Telemetry:OtlpEndpoint";

    public static IServiceCollection AddPortalTelemetry(this IServiceCollection services, IConfiguration configuration, string serviceName,
        Action<MeterProviderBuilder>? hostMetrics = null, Action<TracerProviderBuilder>? hostTracing = null)
    {
        // The protocol (gRPC by default, or OTEL_EXPORTER_OTLP_PROTOCOL=http/protobuf) and the export interval
        // (OTEL_METRIC_EXPORT_INTERVAL) are OpenTelemetry's standard settings, read from the same configuration.
        var otlp = configuration[OtlpEndpointKey] is { Length: > 0 } endpoint ? new Uri(endpoint) : null;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddNpgsqlInstrumentation().AddMeter("MassTransit", PortalMetrics.MeterName);
                ((IDeferredMeterProviderBuilder)metrics).Configure((provider, builder) => builder.AddView(OwnMetersOnly(provider.GetRequiredService<IMeterFactory>())));
                hostMetrics?.Invoke(metrics);
                if (otlp is not null)
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = Signal(o, otlp, "v1/metrics"));
                }
            });
        if (otlp is not null)
        {
            // Spans cost on every request and message: traced only when someone collects them.
            telemetry.WithTracing(tracing =>
            {
                tracing.AddNpgsql().AddSource("MassTransit");
                hostTracing?.Invoke(tracing);
                tracing.AddOtlpExporter(o => o.Endpoint = Signal(o, otlp, "v1/traces"));
            });
        }

        return services;
    }

    /// <summary>
    /// A provider listens to meters by name, and Microsoft.Extensions.Diagnostics hands it those of every
    /// <see cref="IMeterFactory"/> in the process: with several hosts in one process (the integration tests), another
    /// host's <c>FundingPortal</c> or ASP.NET Core instrument merged into ours, and when that host stopped, disposing its
    /// meters took ours out of the scrape. Instruments of another host's factory are dropped; process-wide meters
    /// (Npgsql's, which has no factory) are kept.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OwnMetersOnly(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null;

    /// <summary>
    /// Over gRPC the collector's address is the endpoint; over HTTP each signal has its path, which OpenTelemetry appends
    /// only to the endpoint of its environment variable, not to one set in code.
    /// </summary>
    private static Uri Signal(OtlpExporterOptions options, Uri collector, string path) =>
        options.Protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(new Uri(collector.ToString().TrimEnd('/') + "/"), path) : collector;
}
