using System.Globalization;
using FundingPortal.LoadTest;

var options = Options.Parse(args);
using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(options.MaxSeconds + 300 + options.DrainSeconds));
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Math.Max(options.Clients, options.SeedClients), PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
{
    BaseAddress = options.Api,
    Timeout = TimeSpan.FromSeconds(30),
};

Console.WriteLine($"[load] seeding {options.Dossiers} dossiers ({options.Leads} lead organisations) on {options.Api} ...");
var seed = await new LoadSeeder(http, options).Seed(cancel.Token);
Console.WriteLine($"[load] seeded in {seed.Took.TotalSeconds:F1} s; deadline {seed.DeadlineUtc:O} (in {(seed.DeadlineUtc - DateTimeOffset.UtcNow).TotalSeconds:F0} s)");

var sampler = new RssSampler(options.WatchPids);
using var stopSampling = new CancellationTokenSource();
var sampling = sampler.Run(stopSampling.Token);
var warmUpUntil = DateTimeOffset.UtcNow.AddSeconds(Math.Min(options.WarmUpSeconds, (seed.DeadlineUtc - DateTimeOffset.UtcNow).TotalSeconds / 3));
BurstResult? warmUp = null;
if (warmUpUntil > DateTimeOffset.UtcNow)
{
    // Steady state is what is measured: the first seconds of a fresh process are spent compiling the submit path.
    Console.WriteLine($"[load] warm-up until {warmUpUntil:HH:mm:ss} (not measured, still checked) ...");
    warmUp = await new SubmitBurst(options, seed).Run(cancel.Token, warmUpUntil);
}

Console.WriteLine($"[load] burst: {options.Clients} clients, retries reuse the Idempotency-Key ...");
var cpuBefore = CpuMeter.Read(options.WatchPids);
var burst = await new SubmitBurst(options, seed).Run(cancel.Token);
var cpuAfter = CpuMeter.Read(options.WatchPids);
var cpuSeconds = options.WatchPids.ToDictionary(p => p, p => cpuAfter[p] - cpuBefore[p]);
var documentsAtT = await DatabaseChecks.Documents(options, cancel.Token);
await stopSampling.CancelAsync();
await sampling;

// The renderers catch up from here; the reads and the baseline below run meanwhile, as users would after a deadline.
var afterSampler = new RssSampler(options.WatchPids);
using var stopAfterSampling = new CancellationTokenSource();
var afterSampling = afterSampler.Run(stopAfterSampling.Token);
var catchUp = CatchUpWatch.Run(options, seed, cancel.Token);

ReadResult? reads = null;
if (options.ReadSeconds > 0)
{
    Console.WriteLine($"[load] reads: {options.Clients} clients GET their dossiers for {options.ReadSeconds} s ...");
    reads = await new ReadBurst(options, seed).Run(cancel.Token);
}

Console.WriteLine("[load] baseline: one durable INSERT through Kestrel + Npgsql ...");
var baseline = await Baseline.Measure(options, cancel.Token);
await Task.Delay(TimeSpan.FromSeconds(2), cancel.Token);
var invariants = await DatabaseChecks.Verify(options, seed, [.. burst.Accepted, .. warmUp?.Accepted ?? []], cancel.Token);

Report.Print(options, seed, burst, reads, baseline, invariants, sampler.MaxKilobytes, cpuSeconds);
Console.WriteLine($"documents at the end of the burst: {documentsAtT}");
Console.WriteLine($"[load] watching the documents catch up until 2 min after T{(options.DrainSeconds > 120 ? $" (or all Ready, at most {options.DrainSeconds} s)" : "")} ...");
Report.PrintCatchUp(await catchUp, afterSampler.MaxKilobytes);
await stopAfterSampling.CancelAsync();
await afterSampling;
Console.WriteLine($"documents at the end of the run: {await DatabaseChecks.Documents(options, cancel.Token)}");
return invariants.Lost == 0 && invariants.Duplicated == 0 && invariants.LateVersions == 0 && burst.ReceiptMismatches == 0 ? 0 : 1;

internal static class Report
{
    public static void PrintCatchUp(CatchUp catchUp, IReadOnlyDictionary<int, long> rss)
    {
        static string Seconds(double? s) => s is { } v ? $"{v.ToString("F0", CultureInfo.InvariantCulture)} s after T" : "not within the watch";
        Console.WriteLine($"catch-up: current versions' documents all Ready {Seconds(catchUp.CurrentReadyAfter)}; Pending at T + 2 min: "
            + $"{catchUp.PendingAtTwoMinutes?.ToString(CultureInfo.InvariantCulture) ?? "(watch ended earlier)"}; all documents Ready {Seconds(catchUp.AllReadyAfter)} "
            + $"(watched {catchUp.WatchedFor.ToString("F0", CultureInfo.InvariantCulture)} s after T, {catchUp.PendingAtEnd} Pending then)");
        foreach (var (pid, kb) in rss)
        {
            Console.WriteLine($"max RSS pid {pid} after the burst (catching up): {kb / 1024.0:F0} MB");
        }
    }

    public static void Print(Options options, SeedResult seed, BurstResult burst, ReadResult? reads, (double PerSecond, double P50, double P99) baseline, Invariants invariants,
        IReadOnlyDictionary<int, long> rss, IReadOnlyDictionary<int, double> cpuSeconds)
    {
        var attempts = burst.Attempts.ToArray();
        var beforeDeadline = attempts.Where(a => a.SentAt < seed.DeadlineUtc.AddMilliseconds(-200)).ToArray();
        var window = beforeDeadline.Length == 0 ? 1 : (beforeDeadline.Max(a => a.SentAt) - beforeDeadline.Min(a => a.SentAt)).TotalSeconds;
        var okBefore = beforeDeadline.Count(a => a.Status == 200);
        var sorted = beforeDeadline.Select(a => a.Milliseconds).Order().ToArray();
        var perSecond = okBefore / Math.Max(window, 0.001);
        var accepted = burst.Accepted.Count(a => a.SubmittedAt < seed.DeadlineUtc);
        var refusedAfter = attempts.Count(a => a.Code == "deadline_passed");

        static string F(double v) => v.ToString("F1", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine("=== FundingPortal deadline-rush load run ===");
        Console.WriteLine($"dossiers {options.Dossiers}, clients {options.Clients}, replayed successes {options.RetryProbability:P0}, deadline {seed.DeadlineUtc:O}");
        Console.WriteLine($"submit (before T): {F(perSecond)} accepted/s over {F(window)} s; latency p50 {F(Baseline.Percentile(sorted, 0.50))} ms, p95 {F(Baseline.Percentile(sorted, 0.95))} ms, p99 {F(Baseline.Percentile(sorted, 0.99))} ms");
        if (reads is not null)
        {
            Console.WriteLine($"read (GET dossier): {F(reads.PerSecond)} req/s; latency p50 {F(reads.P50)} ms, p95 {F(reads.P95)} ms, p99 {F(reads.P99)} ms; "
                + string.Join(", ", reads.ByStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}")));
        }

        Console.WriteLine($"baseline INSERT: {F(baseline.PerSecond)} req/s; p50 {F(baseline.P50)} ms, p99 {F(baseline.P99)} ms");
        Console.WriteLine($"submit / baseline: {(baseline.PerSecond == 0 ? 0 : perSecond / baseline.PerSecond):P1}");
        Console.WriteLine("responses: " + string.Join(", ", attempts.GroupBy(a => a.Code is null ? $"{a.Status}" : $"{a.Status} {a.Code}").OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        Console.WriteLine($"accepted before T: {accepted}; refused after T (deadline_passed): {refusedAfter}; gave up: {burst.GaveUp}; receipt mismatches on replay: {burst.ReceiptMismatches}");
        Console.WriteLine($"database: versions {invariants.Versions}; LOST {invariants.Lost}; DUPLICATED {invariants.Duplicated}; versions at or after T {invariants.LateVersions}");
        foreach (var (pid, kb) in rss)
        {
            Console.WriteLine($"max RSS pid {pid}: {kb / 1024.0:F0} MB");
        }

        // Every answer of the burst costs CPU, refusals and replays too; the accepted submits are what it is for.
        var ok = Math.Max(1, attempts.Count(a => a.Status == 200));
        foreach (var (pid, seconds) in cpuSeconds)
        {
            Console.WriteLine($"CPU pid {pid} during the burst: {F(seconds)} s for {ok} submits answered 200 = {F(seconds * 1000 / ok)} ms per submit "
                + $"(load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]})");
        }
    }
}
