namespace FundingPortal.Documents.Tests;

public sealed class DossierRendererTests
{
    private readonly byte[] _pdf = Render.Pdf(SampleModels.Dossier());

    [Fact]
    public void Cover_page_identifies_the_call_the_project_and_the_lead()
    {
        var cover = PdfText.Pages(_pdf)[0];

        Assert.Contains("Dossier de candidature", cover);
        Assert.Contains(SampleModels.CallTitle, cover);
        Assert.Contains("FUI 25 — PSPC-Régions", cover);
        Assert.Contains("FP-2026-0042", cover);
        Assert.Contains("OCEANIS", cover);
        Assert.Contains("Version 3", cover);
        Assert.Contains("19 octobre 2027 à 17 h 59", cover);
        Assert.Contains("Société Générale d'Électronique", cover);
    }

    [Fact]
    public void Shows_summary_keywords_maturity_and_duration()
    {
        var text = PdfText.All(_pdf);

        Assert.Contains("Les estuaires de la façade atlantique", text);
        Assert.Contains("jumeau numérique · estuaires", text);
        Assert.Contains("TRL 4", text);
        Assert.Contains("TRL 7", text);
        Assert.Contains("36 mois", text);
    }

    [Fact]
    public void Budget_table_has_category_totals_shares_and_the_grand_total()
    {
        var text = PdfText.All(_pdf);

        Assert.Contains("Sous- traitance", text);
        Assert.Contains("755 000,00", text);
        Assert.Contains("1 300 000,00", text);
        Assert.Contains("26,2 %", text);
        Assert.Contains("100,0 %", text);
        Assert.Contains("1 300 000,00 €", text);
    }

    [Fact]
    public void Aid_plan_shows_rates_amounts_and_totals_per_funder()
    {
        var text = PdfText.All(_pdf);

        Assert.Contains("Bpifrance (État)", text);
        Assert.Contains("Région Normandie", text);
        Assert.Contains("51 000,00 15,0 %", text);
        Assert.Contains("244 375,00", text);
        Assert.Contains("147 250,00", text);
        Assert.Contains("488 750,00 €", text);
    }

    [Fact]
    public void Lists_the_attachments()
    {
        var text = PdfText.All(_pdf);

        Assert.All(SampleModels.Attachments, a => Assert.Contains(a.Sha256, text));
        Assert.Contains("2,4 Mo", text);
    }

    [Fact]
    public void Summary_starts_on_its_own_page()
    {
        var pages = PdfText.Pages(_pdf);

        Assert.DoesNotContain("Résumé du projet", pages[0]);
        Assert.Contains("1. Résumé du projet", pages[1]);
    }
}
