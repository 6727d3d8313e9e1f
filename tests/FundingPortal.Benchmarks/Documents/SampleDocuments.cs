using FundingPortal.Application.Documents;
using FundingPortal.Documents.Tests;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Benchmarks.Documents;

/// <summary>Writes one sample PDF of each document kind (docs/samples/).</summary>
public static class SampleDocuments
{
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var renderer = new PdfDocumentRenderer();
        foreach (var model in SampleModels.All().Append(SampleModels.TwentyPageDossier()))
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
    }
}
