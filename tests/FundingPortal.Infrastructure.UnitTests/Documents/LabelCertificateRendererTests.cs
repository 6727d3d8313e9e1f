namespace FundingPortal.Documents.Tests;

public sealed class LabelCertificateRendererTests
{
    private readonly string _text = Render.Text(SampleModels.LabelCertificate());

    [Fact]
    public void Identifies_the_certificate_the_project_and_the_call()
    {
        Assert.Contains("Attestation de labellisation", _text);
        Assert.Contains("N° LAB-2027-0017", _text);
        Assert.Contains("OCEANIS", _text);
        Assert.Contains("FP-2026-0042", _text);
        Assert.Contains("Observation côtière par réseaux de capteurs", _text);
        Assert.Contains("9 décembre 2027", _text);
        Assert.Contains("FUI 25 — PSPC-Régions", _text);
    }

    [Fact]
    public void Lists_the_consortium_with_roles_and_regions()
    {
        Assert.Contains("Société Générale d'Électronique Chef de file Bretagne", _text);
        Assert.Contains("Laboratoire Ondes & Signaux — Rennes Partenaire Bretagne", _text);
        Assert.Contains("Normandie Câbles & Réseaux Partenaire Normandie", _text);
    }

    [Fact]
    public void Is_signed_for_the_cluster()
    {
        Assert.Contains("Fait à Rennes, le 13 décembre 2027", _text);
        Assert.Contains("Pour le pôle de compétitivité Atlantique Numérique", _text);
        Assert.Contains("Claire Le Guennec", _text);
        Assert.Contains("Directrice générale", _text);
    }

    [Fact]
    public void Fits_on_one_page() => Assert.Equal(1, PdfText.PageCount(Render.Pdf(SampleModels.LabelCertificate())));
}
