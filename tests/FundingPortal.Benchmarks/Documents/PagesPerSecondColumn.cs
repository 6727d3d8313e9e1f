using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using FundingPortal.Documents.Tests;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Benchmarks.Documents;

/// <summary>Pages of the benchmarked dossier divided by the median render time.</summary>
public sealed class PagesPerSecondColumn : IColumn
{
    private readonly Lazy<int> _pages = new(() => PdfPages.Count(new PdfDocumentRenderer().Render(SampleModels.TwentyPageDossier())));

    public string Id => nameof(PagesPerSecondColumn);
    public string ColumnName => "Pages/s (median)";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Pages rendered per second at the median time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
    {
        var median = summary[benchmarkCase]?.ResultStatistics?.Median;
        return median is > 0 ? (_pages.Value / (median.Value / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "NA";
    }

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public bool IsAvailable(Summary summary) => true;
}
