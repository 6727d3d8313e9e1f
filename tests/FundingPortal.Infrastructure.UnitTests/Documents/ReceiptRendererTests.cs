namespace FundingPortal.Documents.Tests;

public sealed class ReceiptRendererTests
{
    private readonly byte[] _pdf = Render.Pdf(SampleModels.Receipt());

    [Fact]
    public void Shows_the_submission_identity()
    {
        var text = PdfText.All(_pdf);

        Assert.Contains("Accusé de réception", text);
        Assert.Contains("FP-2026-0042", text);
        Assert.Contains("OCEANIS", text);
        Assert.Contains("AR-2027-001587", text);
        Assert.Contains("Version 3", text);
    }

    [Fact]
    public void Shows_the_submission_instant_in_Paris_time_and_UTC()
    {
        var text = PdfText.All(_pdf);

        Assert.Contains("19 octobre 2027 à 17 h 59 min 58 s (UTC+2)", text);
        Assert.Contains("2027-10-19T15:59:58.412Z", text);
    }

    [Fact]
    public void Shows_the_snapshot_and_attachment_hashes()
    {
        var text = PdfText.All(_pdf);
        var receipt = SampleModels.Receipt();

        Assert.Contains(receipt.SnapshotSha256, text);
        Assert.All(receipt.Attachments, a => Assert.Contains(a.Sha256, text));
        Assert.Contains("annexe-technique-OCEANIS-v3.pdf", text);
    }

    [Fact]
    public void Lists_partners_with_accents_and_French_totals()
    {
        var text = PdfText.All(_pdf);

        Assert.Contains("Société Générale d'Électronique", text);
        Assert.Contains("Laboratoire Ondes & Signaux — Rennes", text);
        Assert.Contains("Normandie Câbles & Réseaux", text);
        Assert.Contains("412 356 784", text);
        Assert.Contains("Chef de file", text);
        Assert.Contains("Organisme de recherche", text);
        Assert.Contains("Pays de la Loire", text);
        Assert.Contains("1 300 000,00 €", text);
        Assert.Contains("488 750,00 €", text);
        Assert.Contains("37,6 %", text);
    }

    [Fact]
    public void Fits_on_one_page_with_header_and_footer()
    {
        var pages = PdfText.Pages(_pdf);

        var page = Assert.Single(pages);
        Assert.StartsWith("FundingPortal — Accusé de réception", page);
        Assert.EndsWith("page 1 / 1", page);
    }
}
