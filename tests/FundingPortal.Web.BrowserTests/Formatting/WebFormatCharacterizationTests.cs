using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Web.Formatting;

namespace FundingPortal.Web.BrowserTests.Formatting;

/// <summary>What the web pages write today (ICU fr-FR for numbers): pinned before the formatters merge.</summary>
public sealed class WebFormatCharacterizationTests
{
    private static readonly DateTimeOffset Summer = new(2027, 10, 19, 16, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset FirstOfWinterMonth = new(2027, 12, 1, 8, 5, 7, 250, TimeSpan.Zero);
    private static readonly DateTimeOffset NewYearInParis = new(2027, 12, 31, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Euros()
    {
        Assert.Equal("1\u202F300\u202F000,00\u00A0€", Fr.Euros(1_300_000m));
        Assert.Equal("-1\u202F234,50\u00A0€", Fr.Euros(-1234.5m));
        Assert.Equal("—", Fr.Euros((decimal?)null));
    }

    [Theory]
    [InlineData("0.455", 1, "45,5\u00A0%")]
    [InlineData("0.45", 1, "45\u00A0%")]
    [InlineData("0.12345", 2, "12,35\u00A0%")]
    [InlineData("0.3333", 0, "33\u00A0%")]
    public void Percent_of_a_fraction(string fraction, int decimals, string expected) =>
        Assert.Equal(expected, Fr.Percent(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Iso_utc() => Assert.Equal("2027-12-01T08:05:07Z", Fr.IsoUtc(FirstOfWinterMonth));

    [Fact]
    public void Date_and_time()
    {
        Assert.Equal("19 octobre 2027 à 18\u00A0h\u00A000", Fr.DateTime(Summer));
        Assert.Equal("1er décembre 2027 à 9\u00A0h\u00A005", Fr.DateTime(FirstOfWinterMonth));
        Assert.Equal("1er janvier 2028 à 0\u00A0h\u00A030", Fr.DateTime(NewYearInParis));
    }

    [Fact]
    public void Date() => Assert.Equal("1er janvier 2028", Fr.Date(NewYearInParis));

    [Theory]
    [InlineData(-1, "terminé")]
    [InlineData(0, "terminé")]
    [InlineData(12 * 24 * 60 + 4 * 60 + 30, "12 jours et 4 heures")]
    [InlineData(24 * 60, "1 jour et 0 heure")]
    [InlineData(2 * 24 * 60 + 60, "2 jours et 1 heure")]
    [InlineData(3 * 60 + 12, "3 heures et 12 minutes")]
    [InlineData(60 + 1, "1 heure et 1 minute")]
    [InlineData(5, "5 minutes")]
    public void Remaining_rounded_down_in_two_units(int minutes, string expected) => Assert.Equal(expected, Fr.Remaining(TimeSpan.FromMinutes(minutes)));

    [Fact]
    public void Remaining_under_a_minute() => Assert.Equal("moins d'une minute", Fr.Remaining(TimeSpan.FromSeconds(30)));

    [Theory]
    [InlineData("3.5", "3,5")]
    [InlineData("4", "4")]
    [InlineData("2.125", "2,13")]
    public void Score(string score, string expected) => Assert.Equal(expected, Fr.Score(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Missing_score() => Assert.Equal("—", Fr.Score(null));

    [Theory]
    [InlineData(512, "512 octets")]
    [InlineData(812_442, "793,4 Ko")]
    [InlineData(2_483_117, "2,4 Mo")]
    public void File_size(long bytes, string expected) => Assert.Equal(expected, Fr.FileSize(bytes));

    [Fact]
    public void Labels()
    {
        Assert.Equal(["PME", "ETI", "Grande entreprise", "Organisme de recherche"], Enum.GetValues<OrganisationCategory>().Select(Fr.Category));
        Assert.Equal("Provence-Alpes-Côte d'Azur", Fr.Region("FR-PAC"));
        Assert.Equal("fr-pac", Fr.Region("fr-pac"));
        Assert.Equal(["État", "Région"], Enum.GetValues<FunderKind>().Select(Fr.FunderKind));
        Assert.Equal(["Brouillon", "Publié, pas encore ouvert", "Ouvert", "Clos"], Enum.GetValues<CallStatus>().Select(Fr.Status));
        Assert.Equal(["Brouillon", "Déposé", "Irrecevable", "En évaluation", "Évalué", "Labellisé", "Non labellisé", "Ajourné", "Financement demandé",
            "Financé", "Partiellement financé", "Non financé", "Retiré"], Enum.GetValues<ProposalStatus>().Select(Fr.Status));
        Assert.Equal(["Accusé de réception", "Dossier de candidature", "Synthèse d'évaluation", "Attestation de labellisation", "Notification de cofinancement"],
            Enum.GetValues<DocumentKind>().Select(Fr.DocumentKind));
        Assert.Equal(["En cours de production", "Disponible", "Échec de la production"], Enum.GetValues<DocumentStatus>().Select(Fr.DocumentStatus));
        Assert.Equal(["À accepter", "Acceptée, évaluation à rendre", "Déclinée", "Évaluation envoyée"], Enum.GetValues<AssignmentStatus>().Select(Fr.Assignment));
        Assert.Equal(["Conflit d'intérêts", "Hors de mon expertise", "Trop de dossiers à évaluer"], Enum.GetValues<DeclineReason>().Select(Fr.DeclineReason));
        Assert.Equal(["Labelliser", "Ajourner", "Ne pas labelliser", "—"],
            Enum.GetValues<Recommendation>().Select(r => (Recommendation?)r).Append(null).Select(Fr.Recommendation));
        Assert.Equal(["Labellisé", "Non labellisé", "Ajourné"], Enum.GetValues<LabellingOutcome>().Select(Fr.Outcome));
        Assert.Equal(["Subvention", "Avance remboursable", "—"],
            Enum.GetValues<FundingInstrument>().Select(i => (FundingInstrument?)i).Append(null).Select(Fr.Instrument));
        Assert.Equal(["Accordé", "Refusé", "En attente de décision"],
            Enum.GetValues<FundingDecision>().Select(d => (FundingDecision?)d).Append(null).Select(Fr.FundingDecision));
        Assert.Equal(["Accord de consortium", "Annexe"], Enum.GetValues<AttachmentKind>().Select(Fr.AttachmentKind));
    }
}
