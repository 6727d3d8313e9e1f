using System.Security.Cryptography;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Documents.Tests;

/// <summary>The English edition of each document: same facts, English words and formats, and the French edition unchanged.</summary>
public sealed class EnglishEditionTests
{
    private static readonly PdfDocumentRenderer Renderer = new();

    /// <summary>French words the documents' own texts print (the consortium's data stays as entered), which must not remain in the English edition.</summary>
    private static readonly string[] FrenchWords =
        ["Référence du dossier", "Appel à projets", "heure de Paris", "Pièce jointe", "Partenaire", "Chef de file", "Titre du projet", "octobre", "\u00A0€", "Décision", "Aide accordée", "Moyenne"];

    public static TheoryData<string> Kinds => ["Receipt", "Dossier", "EvaluationSummary", "LabelCertificate", "FundingDecision"];

    private static DocumentModel Sample(string kind) => kind switch
    {
        "Receipt" => SampleModels.Receipt(),
        "Dossier" => SampleModels.Dossier(),
        "EvaluationSummary" => SampleModels.EvaluationSummary(),
        "LabelCertificate" => SampleModels.LabelCertificate(),
        _ => SampleModels.FundingDecision(),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_English_edition_has_no_French_words_left(string kind)
    {
        // The call's title and programme are the cluster's own (French) data, printed as entered.
        var dossier = SampleModels.Dossier();
        var text = PdfText.All(Renderer.Render(Sample(kind), "en"))
            .Replace(dossier.CallTitle, string.Empty, StringComparison.Ordinal)
            .Replace(dossier.CallProgramme, string.Empty, StringComparison.Ordinal);

        Assert.Contains(SampleModels.Receipt().Project.Reference, text);
        Assert.All(FrenchWords, word => Assert.DoesNotContain(word, text));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_French_edition_keeps_its_bytes(string kind)
    {
        var before = SHA256.HashData(Renderer.Render(Sample(kind)));
        _ = Renderer.Render(Sample(kind), "en");
        Assert.Equal(before, SHA256.HashData(Renderer.Render(Sample(kind), "fr")));
    }

    [Fact]
    public void The_English_receipt_writes_money_and_time_the_English_way()
    {
        var text = PdfText.All(Renderer.Render(SampleModels.Receipt(), "en"));

        Assert.Contains("Acknowledgement of receipt", text);
        Assert.Contains("Received on (Paris time)", text);
        Assert.Contains("19 October 2027, 5:59:58 pm (UTC+2)", text);
        Assert.Matches(@"€\d{1,3}(,\d{3})*\.\d{2}", text);
        Assert.Contains("Lead partner", text);
    }
}
