using FundingPortal.Benchmarks.Documents;
using BenchmarkDotNet.Running;
using FundingPortal.Application.Documents;
using FundingPortal.Documents.Tests;
using FundingPortal.Infrastructure.Documents.Renderers;

if (args is ["samples", var folder])
{
    Directory.CreateDirectory(folder);
    var renderer = new PdfDocumentRenderer();
    var samples = SampleModels.All().Append(SampleModels.TwentyPageDossier());
    foreach (var model in samples)
    {
        var name = model switch
        {
            DossierModel { Partners.Count: > 10 } => "dossier-de-candidature-20-pages.pdf",
            DossierModel => "dossier-de-candidature.pdf",
            ReceiptModel => "accuse-de-reception.pdf",
            EvaluationSummaryModel => "synthese-d-evaluation.pdf",
            LabelCertificateModel => "attestation-de-labellisation.pdf",
            FundingDecisionModel => "notification-de-cofinancement.pdf",
            _ => model.Kind + ".pdf",
        };
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, renderer.Render(model));
        Console.WriteLine(path);
    }

    return;
}

if (args is ["cpu", ..])
{
    CpuTimeProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DossierRenderBenchmark).Assembly).Run(args);
