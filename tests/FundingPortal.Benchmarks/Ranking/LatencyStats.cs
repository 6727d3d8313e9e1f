using System.Globalization;

namespace FundingPortal.Benchmarks.Ranking;

/// <param name="CpuPerRun">This process's CPU time per run (the database server's is not included): less sensitive to a busy machine than wall time.</param>
public sealed record LatencyStats(int Runs, double P50, double P95, double P99, double Max, double CpuPerRun)
{
    public static LatencyStats Of(IReadOnlyList<double> milliseconds, TimeSpan cpu)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1], cpu.TotalMilliseconds / sorted.Length);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={Runs} p50={P50:F1} ms p95={P95:F1} ms p99={P99:F1} ms max={Max:F1} ms; client CPU {CpuPerRun:F1} ms/run");
}
