using System.Diagnostics;
using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

/// <summary>Runs only with FP_BENCH=1: figures are printed, not asserted (shared, noisy machines; see quality.md).</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("FP_BENCH") != "1")
        {
            Skip = "Benchmark: set FP_BENCH=1 to run it and print its figures.";
        }
    }
}

[Collection(Collections.CoFunding)]
public sealed class DashboardBenchmark(ApiFactory factory, ITestOutputHelper output) : PortalTest(factory)
{
    private const int Dossiers = 10_000;

    [BenchmarkFact]
    public async Task Dashboard_summary_and_exports_of_a_call_with_ten_thousand_dossiers()
    {
        var w = await CoFundingWorld.Create(factory);
        var callId = await w.CreateCall(stateEnvelope: 10_000_000_000m, regionEnvelope: 10_000_000_000m);
        var seeding = Stopwatch.StartNew();
        await BulkDossiers.Seed(w, callId, Dossiers);
        output.WriteLine($"seeded {Dossiers} dossiers × 3 partners with funding requests in {seeding.ElapsedMilliseconds} ms");

        await Measure("GET /api/dashboard", w.Manager, "/api/dashboard", 60);
        await Measure("GET funding-summary", w.Manager, $"/api/calls/{callId}/funding-summary", 60);
        await Measure("GET export csv", w.Manager, $"/api/calls/{callId}/export?format=csv", 5);
        await Measure("GET export xlsx", w.Manager, $"/api/calls/{callId}/export?format=xlsx", 3);
    }

    private async Task Measure(string name, HttpClient client, string url, int runs)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(url)).StatusCode);
        }

        var timings = new List<double>();
        long bytes = 0;
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            var response = await client.GetAsync(url);
            bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
            timings.Add(watch.Elapsed.TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        process.Refresh();
        var cpuPerRun = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / runs;
        // API and client share the process: the client's copy of the body (bytes) is part of the allocation.
        var allocatedPerRun = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;
        timings.Sort();
        double At(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
        output.WriteLine($"{name}: median {At(0.5):0.0} ms, p95 {At(0.95):0.0} ms, max {timings[^1]:0.0} ms over {runs} runs; "
            + $"CPU of the test process (API + client, not PostgreSQL) {cpuPerRun:0.0} ms per request; {bytes / 1024} KiB; "
            + $"allocated {allocatedPerRun / 1024 / 1024} MiB per request; process peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB");
    }
}
