namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>The scan itself: it must catch each kind of slip, and let people's data through.</summary>
public sealed class LanguageScanTests
{
    private const string English = """
        <!DOCTYPE html><html lang="en"><head><title>My proposals – Pôle Ouest</title></head>
        <body><nav><a href="/langue/fr" lang="fr" hreflang="fr">Français</a></nav>
        <main><h1>My proposals</h1><p>2 proposals submitted by Ondes Bretonnes SAS.</p>
        <button aria-label="Save the budget">Save</button></main></body></html>
        """;

    private const string French = """
        <!DOCTYPE html><html lang="fr"><head><title>Mes dossiers – Pôle Ouest</title></head>
        <body><nav><a href="/langue/en" lang="en" hreflang="en">English</a></nav>
        <main><h1>Mes dossiers</h1><p>2 dossiers déposés, clôture le 19 octobre 2027 à 18 h 00 (heure de Paris).</p></main></body></html>
        """;

    [Fact]
    public void A_page_wholly_in_its_language_passes_with_the_other_language_marked_up()
    {
        LanguageScan.AssertLanguage(English, "en");
        LanguageScan.AssertLanguage(French, "fr");
    }

    [Theory]
    [InlineData("<main><h1>Proposals.Title</h1></main>", "untranslated key \"Proposals.Title\"")]
    [InlineData("<main><p>Outcome: NotFunded</p></main>", "raw enum value \"NotFunded\"")]
    [InlineData("<main><p>2 proposal(s) submitted</p></main>", "instead of a real plural")]
    [InlineData("<main><button>Enregistrer</button></main>", "French word \"Enregistrer\"")]
    [InlineData("<main><p>Open the dossier</p></main>", "French word \"dossier\"")]
    [InlineData("<main><p>Budget de la SAS</p></main>", "French phrase")]
    [InlineData("<main><p>Deadline passed</p><p>Créé yesterday</p></main>", "French accented letter")]
    [InlineData("<main><input type=\"text\" aria-label=\"Montant demandé\"></main>", "French accented letter")]
    public void An_English_page_fails_on_a_slip(string body, string expected)
    {
        var problems = LanguageScan.Problems(Texts(body), "en");
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<main><h1>Dossier.Title</h1></main>", "untranslated key")]
    [InlineData("<main><p>2 affectation(s) créée(s)</p></main>", "instead of a real plural")]
    [InlineData("<main><button>Save</button></main>", "English word \"Save\"")]
    [InlineData("<main><p>Statut : Submitted</p></main>", "English word \"Submitted\"")]
    [InlineData("<main><p>Clôture à 18:00</p></main>", "English clock time")]
    public void A_French_page_fails_on_a_slip(string body, string expected)
    {
        var problems = LanguageScan.Problems(Texts(body), "fr");
        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Data_passed_as_allowed_is_not_held_against_an_English_page()
    {
        var body = "<main><p>Call: Appel à projets collaboratifs 2027</p></main>";
        Assert.NotEmpty(LanguageScan.Problems(Texts(body), "en"));
        Assert.Empty(LanguageScan.Problems(Texts(body), "en", "Appel à projets collaboratifs 2027"));
    }

    [Fact]
    public void Proper_names_and_machine_timestamps_are_not_held_against_a_page()
    {
        Assert.Empty(LanguageScan.Problems(Texts("<main><p>Territory: Auvergne-Rhône-Alpes, Provence-Alpes-Côte d’Azur</p></main>"), "en"));
        Assert.Empty(LanguageScan.Problems(Texts("<main><p>Reçu le (UTC) 2027-05-27 23:00:00.000 UTC</p></main>"), "fr"));
    }

    [Fact]
    public void A_page_of_the_wrong_language_fails_as_a_whole()
    {
        Assert.Throws<Xunit.Sdk.TrueException>(() => LanguageScan.AssertLanguage(French, "en"));
        Assert.Throws<Xunit.Sdk.TrueException>(() => LanguageScan.AssertLanguage(English, "fr"));
    }

    private static IEnumerable<string> Texts(string body) => [.. LanguageScan.TextsOf($"<html><body>{body}</body></html>", "en")];
}
