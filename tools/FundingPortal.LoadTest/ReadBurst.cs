using System.Collections.Concurrent;
using System.Diagnostics;

namespace FundingPortal.LoadTest;

public sealed record ReadResult(double PerSecond, double P50, double P95, double P99, IReadOnlyDictionary<int, int> ByStatus);

/// <summary>C clients read dossiers (GET /api/proposals/{id}, as their lead organisation) for a fixed time.</summary>
public sealed class ReadBurst(Options options, SeedResult seed)
{
    public async Task<ReadResult> Run(CancellationToken ct)
    {
        var latencies = new ConcurrentBag<double>();
        var statuses = new ConcurrentDictionary<int, int>();
        var stopAt = DateTimeOffset.UtcNow.AddSeconds(options.ReadSeconds);
        var next = -1;
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async _ =>
        {
            while (DateTimeOffset.UtcNow < stopAt && !ct.IsCancellationRequested)
            {
                var dossier = seed.Dossiers[Interlocked.Increment(ref next) % seed.Dossiers.Count];
                var watch = Stopwatch.StartNew();
                int status;
                try
                {
                    using var response = await dossier.Lead.Send(HttpMethod.Get, $"/api/proposals/{dossier.ProposalId}", ct: ct);
                    await response.Content.ReadAsByteArrayAsync(ct);
                    status = (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                latencies.Add(watch.Elapsed.TotalMilliseconds);
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
            }
        }));
        var seconds = started.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        return new ReadResult(statuses.GetValueOrDefault(200) / seconds, Baseline.Percentile(sorted, 0.50), Baseline.Percentile(sorted, 0.95),
            Baseline.Percentile(sorted, 0.99), statuses);
    }
}
