using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>
/// Where a run of the browser project spends its time (host start-up, sign-ins, page checks, screenshots): each kind of
/// step's count and total, written next to the screenshots (<c>step-timings.txt</c>) when a host stops.
/// </summary>
public static class StepTimings
{
    private static readonly ConcurrentDictionary<string, (int Count, long Ticks)> Totals = new(StringComparer.Ordinal);

    public static async Task Measure(string step, Func<Task> action)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await action();
        }
        finally
        {
            Add(step, Stopwatch.GetElapsedTime(started));
        }
    }

    public static async Task<T> Measure<T>(string step, Func<Task<T>> action)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await action();
        }
        finally
        {
            Add(step, Stopwatch.GetElapsedTime(started));
        }
    }

    public static T MeasureSync<T>(string step, Func<T> action)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return action();
        }
        finally
        {
            Add(step, Stopwatch.GetElapsedTime(started));
        }
    }

    public static void Add(string step, TimeSpan elapsed) =>
        Totals.AddOrUpdate(step, (1, elapsed.Ticks), (_, t) => (t.Count + 1, t.Ticks + elapsed.Ticks));

    public static void Write(string folder)
    {
        var lines = Totals.OrderByDescending(t => t.Value.Ticks)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key,-28} {t.Value.Count,6} × {TimeSpan.FromTicks(t.Value.Ticks).TotalSeconds,9:0.0} s  ({TimeSpan.FromTicks(t.Value.Ticks / t.Value.Count).TotalMilliseconds,7:0} ms each)"));
        File.WriteAllLines(Path.Combine(folder, "step-timings.txt"), lines);
    }
}
