using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace FundingPortal.Benchmarks.Documents;

/// <summary>
/// A short job pinned to one core (CPU 0) so the figure matches the "one core" target; 15 measured
/// iterations instead of ShortRun's 3 because the machine is shared and the median needs some samples.
/// </summary>
public sealed class OneCoreShortRunConfig : ManualConfig
{
    public OneCoreShortRunConfig()
    {
        AddJob(Job.ShortRun.WithIterationCount(15).WithAffinity(1).WithId("Short-1core"));
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max, new PagesPerSecondColumn());
    }
}
