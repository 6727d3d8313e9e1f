using FundingPortal.Application.Common.Formatting;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using static FundingPortal.Infrastructure.UnitTests.French.Samples;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>
/// What the web pages write, pinned before the three formatters merged. Accepted differences: groups of thousands and
/// the spaces inside dates are U+00A0 (they were U+202F and U+0020, from ICU); the region list has the typographic apostrophe.
/// </summary>
public sealed class WebFormatTests
{
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    [Fact]
    public void Euros()
    {
        Assert.Equal("1\u00A0300\u00A0000,00\u00A0€", Format.Money(1_300_000m));
        Assert.Equal("-1\u00A0234,50\u00A0€", Format.Money(-1234.5m));
        Assert.Equal("—", Format.Money((decimal?)null));
    }

    [Theory]
    [InlineData("0.455", 1, "45,5\u00A0%")]
    [InlineData("0.45", 1, "45\u00A0%")]
    [InlineData("0.12345", 2, "12,35\u00A0%")]
    [InlineData("0.3333", 0, "33\u00A0%")]
    public void Percent_of_a_fraction(string fraction, int decimals, string expected) =>
        Assert.Equal(expected, Format.PercentOfFraction(decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Iso_utc() => Assert.Equal("2027-12-01T08:05:07Z", TextFormat.UtcIsoSeconds(FirstOfWinterMonth));

    [Fact]
    public void Date_and_time()
    {
        Assert.Equal("19\u00A0octobre\u00A02027 à 18\u00A0h\u00A000", Format.DateAndTime(Summer));
        Assert.Equal("1er\u00A0décembre\u00A02027 à 9\u00A0h\u00A005", Format.DateAndTime(FirstOfWinterMonth));
        Assert.Equal("1er\u00A0janvier\u00A02028 à 0\u00A0h\u00A030", Format.DateAndTime(NewYearInParis));
    }

    [Fact]
    public void Date() => Assert.Equal("1er\u00A0janvier\u00A02028", Format.Date(NewYearInParis));

    [Theory]
    [InlineData(-1, "terminé")]
    [InlineData(0, "terminé")]
    [InlineData(12 * 24 * 60 + 4 * 60 + 30, "12 jours et 4 heures")]
    [InlineData(24 * 60, "1 jour et 0 heure")]
    [InlineData(2 * 24 * 60 + 60, "2 jours et 1 heure")]
    [InlineData(3 * 60 + 12, "3 heures et 12 minutes")]
    [InlineData(60 + 1, "1 heure et 1 minute")]
    [InlineData(5, "5 minutes")]
    public void Remaining_rounded_down_in_two_units(int minutes, string expected) => Assert.Equal(expected, Format.Remaining(TimeSpan.FromMinutes(minutes), RemainingStyle.Detailed));

    [Fact]
    public void Remaining_under_a_minute() => Assert.Equal("moins d'une minute", Format.Remaining(TimeSpan.FromSeconds(30), RemainingStyle.Detailed));

    [Theory]
    [InlineData("3.5", "3,5")]
    [InlineData("4", "4")]
    [InlineData("2.125", "2,13")]
    public void Score(string score, string expected) => Assert.Equal(expected, Format.Score(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Missing_score() => Assert.Equal("—", Format.Score(null));

    [Theory]
    [InlineData(512, "512 octets")]
    [InlineData(812_442, "793,4 Ko")]
    [InlineData(2_483_117, "2,4 Mo")]
    public void File_size(long bytes, string expected) => Assert.Equal(expected, Format.FileSize(bytes));

    [Fact]
    public void Every_label()
    {
        Assert.Equal(["PME", "ETI", "Grande entreprise", "Organisme de recherche"], Enum.GetValues<OrganisationCategory>().Select(Labels.Category));
        Assert.Equal("Provence-Alpes-Côte d’Azur", Labels.Region("FR-PAC"));
        Assert.Equal("fr-pac", Labels.Region("fr-pac"));
        Assert.Equal(["État", "Région"], Enum.GetValues<FunderKind>().Select(Labels.FunderKind));
        Assert.Equal(["Brouillon", "Publié, pas encore ouvert", "Ouvert", "Clos"], Enum.GetValues<CallStatus>().Select(Labels.Status));
        Assert.Equal(["Brouillon", "Déposé", "Irrecevable", "En évaluation", "Évalué", "Labellisé", "Non labellisé", "Ajourné", "Financement demandé",
            "Financé", "Partiellement financé", "Non financé", "Retiré", "Pré-proposition déposée", "Invité au dossier complet", "Non retenu"],
            Enum.GetValues<ProposalStatus>().Select(Labels.Status));
        Assert.Equal(["Accusé de réception", "Dossier de candidature", "Synthèse d'évaluation", "Attestation de labellisation", "Notification de cofinancement",
            "Procès-verbal du comité de labellisation"],
            Enum.GetValues<DocumentKind>().Select(Labels.DocumentKind));
        Assert.Equal(["En cours de production", "Disponible", "Échec de la production"], Enum.GetValues<DocumentStatus>().Select(Labels.DocumentStatus));
        Assert.Equal(["À accepter", "Acceptée, évaluation à rendre", "Déclinée", "Évaluation envoyée"], Enum.GetValues<AssignmentStatus>().Select(Labels.Assignment));
        Assert.Equal(["Conflit d'intérêts", "Hors de mon expertise", "Trop de dossiers à évaluer"], Enum.GetValues<DeclineReason>().Select(Labels.DeclineReason));
        Assert.Equal(["Labelliser", "Ajourner", "Ne pas labelliser", "—"],
            Enum.GetValues<Recommendation>().Select(r => (Recommendation?)r).Append(null).Select(Labels.Recommendation));
        Assert.Equal(["Labellisé", "Non labellisé", "Ajourné"], Enum.GetValues<LabellingOutcome>().Select(Labels.Outcome));
        Assert.Equal(["Subvention", "Avance remboursable", "—"],
            Enum.GetValues<FundingInstrument>().Select(i => (FundingInstrument?)i).Append(null).Select(Labels.Instrument));
        Assert.Equal(["Accordé", "Refusé", "En attente de décision"],
            Enum.GetValues<FundingDecision>().Select(d => (FundingDecision?)d).Append(null).Select(Labels.FundingDecision));
        Assert.Equal(["Accord de consortium", "Annexe"], Enum.GetValues<AttachmentKind>().Select(Labels.AttachmentKind));
    }
}
