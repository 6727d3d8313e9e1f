using System.Globalization;

namespace FundingPortal.Benchmarks.Ranking;

public sealed record LatencyStats(int Runs, double P50, double P95, double P99, double Max)
{
    public static LatencyStats Of(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.95), At(0.99), sorted[^1]);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"n={Runs} p50={P50:F1} ms p95={P95:F1} ms p99={P99:F1} ms max={Max:F1} ms");
}
