using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace FundingPortal.LoadTest;

/// <summary>
/// The yardstick: a bare Kestrel endpoint doing one durable 2 KB INSERT through Npgsql into the same database,
/// loaded by the same number of clients. The submit path is reported as a ratio of it.
/// </summary>
public static class Baseline
{
    public static async Task<(double PerSecond, double P50, double P99)> Measure(Options options, CancellationToken ct)
    {
        await using var dataSource = NpgsqlDataSource.Create(options.Database);
        await using (var create = dataSource.CreateCommand("CREATE TABLE IF NOT EXISTS loadtest_baseline (id uuid PRIMARY KEY, payload text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())"))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{options.BaselinePort}");
        await using var app = builder.Build();
        var payload = new string('x', 2048);
        app.MapPost("/baseline", async (HttpContext _) =>
        {
            await using var command = dataSource.CreateCommand("INSERT INTO loadtest_baseline (id, payload) VALUES ($1, $2)");
            command.Parameters.AddWithValue(Guid.CreateVersion7());
            command.Parameters.AddWithValue(payload);
            await command.ExecuteNonQueryAsync();
            return Results.Ok();
        });
        await app.StartAsync(ct);

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Clients }) { BaseAddress = new Uri($"http://127.0.0.1:{options.BaselinePort}") };
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var stopAt = DateTimeOffset.UtcNow.AddSeconds(options.BaselineSeconds);
        var started = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Clients).Select(async _ =>
        {
            while (DateTimeOffset.UtcNow < stopAt && !ct.IsCancellationRequested)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.PostAsync("/baseline", null, ct);
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }));
        var seconds = started.Elapsed.TotalSeconds;
        await app.StopAsync(ct);
        var sorted = latencies.Order().ToArray();
        return (sorted.Length / seconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99));
    }

    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
