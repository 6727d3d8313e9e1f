using BenchmarkDotNet.Attributes;
using FundingPortal.Application.Documents;
using FundingPortal.Documents.Tests;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Benchmarks.Documents;

[Config(typeof(OneCoreShortRunConfig))]
[MemoryDiagnoser]
public class DossierRenderBenchmark
{
    private readonly PdfDocumentRenderer _renderer = new();
    private DossierModel _dossier = null!;

    [GlobalSetup]
    public void Setup()
    {
        _dossier = SampleModels.TwentyPageDossier();
        var pdf = _renderer.Render(_dossier);
        Console.WriteLine($"// dossier: {PdfPages.Count(pdf)} pages, {pdf.Length / 1024} KiB, {_dossier.Partners.Count} partners");
    }

    [Benchmark]
    public byte[] RenderTwentyPageDossier() => _renderer.Render(_dossier);
}
