using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Renderers;
using FundingPortal.TestSupport.Files;

namespace FundingPortal.Documents.Tests;

/// <summary>
/// Receipts, label certificates, funding notices and committee minutes end with a QR code to their public verification
/// page: a phone reads the address from the image, the address and the code are written beside it, and a screen reader
/// meets a Figure with alternative text.
/// </summary>
public sealed class VerificationBlockTests
{
    private const string Code = "7KQ2M9XH4RTW0BCD5FGJ";
    private static readonly DocumentVerification Verification = new(Code, $"https://portail.pole-ouest.example/verifier/{Code}");
    private static readonly PdfDocumentRenderer Renderer = new();

    public static TheoryData<string, string> KindsAndLanguages
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var kind in new[] { "Receipt", "LabelCertificate", "FundingDecision", "CommitteeMinutes" })
            {
                data.Add(kind, "fr");
                data.Add(kind, "en");
            }

            return data;
        }
    }

    private static DocumentModel Sample(string kind) => (kind switch
    {
        "Receipt" => (DocumentModel)SampleModels.Receipt(),
        "LabelCertificate" => SampleModels.LabelCertificate(),
        "FundingDecision" => SampleModels.FundingDecision(),
        _ => SampleModels.CommitteeMinutes(),
    }) with { Verification = Verification };

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_qr_code_decodes_to_the_verification_page_written_beside_it(string kind, string language)
    {
        var pdf = Renderer.Render(Sample(kind), language);

        Assert.Equal([Verification.Url], PdfQrCodes.Decode(pdf));
        var text = PdfText.All(pdf);
        Assert.Contains(language == "en" ? "Verify this document:" : "Vérifier ce document :", text, StringComparison.Ordinal);
        Assert.Contains(Verification.Url, text, StringComparison.Ordinal);
        Assert.Contains(Code, text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(KindsAndLanguages))]
    public void The_qr_code_is_a_figure_with_alternative_text_and_the_block_stays_tagged(string kind, string language)
    {
        var tagged = TaggedPdf.Read(Renderer.Render(Sample(kind), language));

        var figure = Assert.Single(tagged.All("Figure"));
        Assert.Contains(Verification.Url, figure.Alt, StringComparison.Ordinal);
        Assert.StartsWith(language == "en" ? "QR code" : "Code QR", figure.Alt, StringComparison.Ordinal);
        Assert.Empty(tagged.UntaggedText);
        Assert.Contains(tagged.All("P"), p => p.Text.Contains(Code, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_document_with_its_qr_code_gives_the_same_bytes()
    {
        foreach (var kind in new[] { "Receipt", "LabelCertificate", "FundingDecision", "CommitteeMinutes" })
        {
            Assert.Equal(Renderer.Render(Sample(kind)), Renderer.Render(Sample(kind)));
        }
    }

    [Fact]
    public void Documents_without_a_verification_carry_no_qr_code()
    {
        foreach (var model in SampleModels.All())
        {
            var pdf = Renderer.Render(model);
            Assert.Equal(0, PdfQrCodes.CountImages(pdf));
            Assert.DoesNotContain("Vérifier ce document", PdfText.All(pdf), StringComparison.Ordinal);
        }
    }
}
