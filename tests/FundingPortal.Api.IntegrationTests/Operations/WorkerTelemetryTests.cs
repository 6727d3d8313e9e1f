using System.Diagnostics;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Notifications;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Operations;

/// <summary>
/// The worker executable (distributed mode) measures where the work happens: its backlogs, its consumers and its SQL go
/// to the OTLP collector it is given, under a service name of its own.
/// </summary>
[Collection(Collections.WorkerProcess)]
public sealed class WorkerTelemetryTests(WorkerProcessApiFactory factory) : PortalTest(factory)
{
    // Each instrument reaches the collector on its own export cycle, so the wait is for all of them, not the first.
    private static readonly string[] ExpectedMetrics =
        ["FundingPortal.Worker", "fp.outbox.lag", "fp.documents.pending", "messaging.masstransit.consume", "ProposalSubmitted", "db.client.operation.duration"];

    [Fact]
    public async Task The_worker_process_exports_its_backlogs_consumers_and_traces_over_otlp()
    {
        await using var collector = await OtlpCollector.Start();
        factory.StartWorker(
        [
            ("Telemetry:OtlpEndpoint", collector.Endpoint.ToString()),
            ("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf"),
            ("OTEL_METRIC_EXPORT_INTERVAL", "500"),
            ("OTEL_BSP_SCHEDULE_DELAY", "500"),
        ]);
        var s = await ReviewScenario.Create(factory);
        await s.SubmitDossier("TELEMETRIE", ["IA"]);

        var watch = Stopwatch.StartNew();
        string metrics, traces;
        do
        {
            await Task.Delay(250);
            metrics = collector.Received("/v1/metrics");
            traces = collector.Received("/v1/traces");
        }
        while (!(ExpectedMetrics.All(name => metrics.Contains(name, StringComparison.Ordinal)) && traces.Contains("ProposalSubmitted", StringComparison.Ordinal))
            && watch.Elapsed < TimeSpan.FromSeconds(60));

        Assert.Contains("FundingPortal.Worker", metrics, StringComparison.Ordinal);
        Assert.Contains("fp.outbox.lag", metrics, StringComparison.Ordinal);
        Assert.Contains("fp.documents.pending", metrics, StringComparison.Ordinal);
        Assert.Contains("messaging.masstransit.consume", metrics, StringComparison.Ordinal);
        Assert.Contains("ProposalSubmitted", metrics, StringComparison.Ordinal);
        Assert.Contains("db.client.operation.duration", metrics, StringComparison.Ordinal);
        Assert.Contains("FundingPortal.Worker", traces, StringComparison.Ordinal);
        Assert.Contains("ProposalSubmitted", traces, StringComparison.Ordinal);
    }

    public override Task DisposeAsync()
    {
        factory.KillWorkers();
        return Task.CompletedTask;
    }
}
