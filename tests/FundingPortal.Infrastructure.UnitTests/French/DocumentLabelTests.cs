using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>The labels the PDF documents print, pinned before the two label lists merged.</summary>
public sealed class DocumentLabelTests
{
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    [Theory]
    [InlineData("FR-PAC", "Provence-Alpes-Côte d’Azur")]
    [InlineData("FR-IDF", "Île-de-France")]
    [InlineData("FR-974", "La Réunion")]
    [InlineData("XX-YYY", "XX-YYY")]
    public void Region(string code, string expected) => Assert.Equal(expected, Labels.Region(code));

    /// <summary>One list since the merge, with the Domain's exact match: codes are validated and stored upper-case (the PDF list ignored case).</summary>
    [Fact]
    public void Region_codes_match_exactly() => Assert.Equal("fr-idf", Labels.Region("fr-idf"));

    [Theory]
    [InlineData(OrganisationCategory.Sme, "PME")]
    [InlineData(OrganisationCategory.MidCap, "ETI")]
    [InlineData(OrganisationCategory.Large, "Grande entreprise")]
    [InlineData(OrganisationCategory.Research, "Organisme de recherche")]
    public void Category(OrganisationCategory category, string expected) => Assert.Equal(expected, Labels.Category(category));

    [Theory]
    [InlineData(PartnerRole.Lead, "Chef de file")]
    [InlineData(PartnerRole.Partner, "Partenaire")]
    public void Role(PartnerRole role, string expected) => Assert.Equal(expected, Labels.Role(role));

    [Theory]
    [InlineData(LabellingOutcome.Labelled, "Labellisé")]
    [InlineData(LabellingOutcome.NotLabelled, "Non labellisé")]
    [InlineData(LabellingOutcome.Deferred, "Ajourné")]
    public void Labelling_decision(LabellingOutcome decision, string expected) => Assert.Equal(expected, Labels.Outcome(decision));

    [Theory]
    [InlineData(FundingDecision.Granted, "Accordé")]
    [InlineData(FundingDecision.Declined, "Refusé")]
    public void Funder_decision(FundingDecision decision, string expected) => Assert.Equal(expected, Labels.FundingDecision(decision));

    [Theory]
    [InlineData(FundingInstrument.Grant, "Subvention")]
    [InlineData(FundingInstrument.RepayableAdvance, "Avance remboursable")]
    public void Instrument(FundingInstrument instrument, string expected) => Assert.Equal(expected, Labels.Instrument(instrument));

    [Theory]
    [InlineData(FundingOutcome.Funded, "Financé")]
    [InlineData(FundingOutcome.PartiallyFunded, "Partiellement financé")]
    [InlineData(FundingOutcome.NotFunded, "Non financé")]
    public void Outcome(FundingOutcome outcome, string expected) => Assert.Equal(expected, Labels.FundingOutcome(outcome));

    [Theory]
    [InlineData("123456789", "123\u00A0456\u00A0789")]
    [InlineData("12345", "12345")]
    [InlineData("12345678A", "12345678A")]
    public void Siren(string siren, string expected) => Assert.Equal(expected, Format.Siren(siren));

    [Fact]
    public void Quoted() => Assert.Equal("«\u00A0Projet\u00A0»", Format.Quoted("Projet"));
}
