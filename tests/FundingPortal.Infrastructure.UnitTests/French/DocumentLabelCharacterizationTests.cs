using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>The labels the PDF documents print today: pinned before the label lists merge.</summary>
public sealed class DocumentLabelCharacterizationTests
{
    [Theory]
    [InlineData("FR-PAC", "Provence-Alpes-Côte d’Azur")]
    [InlineData("fr-idf", "Île-de-France")]
    [InlineData("FR-974", "La Réunion")]
    [InlineData("XX-YYY", "XX-YYY")]
    public void Region(string code, string expected) => Assert.Equal(expected, FrenchLabels.Region(code));

    [Theory]
    [InlineData(PartnerCategory.Sme, "PME")]
    [InlineData(PartnerCategory.MidCap, "ETI")]
    [InlineData(PartnerCategory.Large, "Grande entreprise")]
    [InlineData(PartnerCategory.Research, "Organisme de recherche")]
    public void Category(PartnerCategory category, string expected) => Assert.Equal(expected, FrenchLabels.Category(category));

    [Theory]
    [InlineData(PartnerRole.Lead, "Chef de file")]
    [InlineData(PartnerRole.Partner, "Partenaire")]
    public void Role(PartnerRole role, string expected) => Assert.Equal(expected, FrenchLabels.Role(role));

    [Theory]
    [InlineData(LabellingDecision.Labelled, "Labellisé")]
    [InlineData(LabellingDecision.NotLabelled, "Non labellisé")]
    [InlineData(LabellingDecision.Deferred, "Ajourné")]
    public void Labelling_decision(LabellingDecision decision, string expected) => Assert.Equal(expected, FrenchLabels.Decision(decision));

    [Theory]
    [InlineData(FunderDecision.Granted, "Accordé")]
    [InlineData(FunderDecision.Declined, "Refusé")]
    public void Funder_decision(FunderDecision decision, string expected) => Assert.Equal(expected, FrenchLabels.Decision(decision));

    [Theory]
    [InlineData(FundingInstrument.Grant, "Subvention")]
    [InlineData(FundingInstrument.RepayableAdvance, "Avance remboursable")]
    public void Instrument(FundingInstrument instrument, string expected) => Assert.Equal(expected, FrenchLabels.Instrument(instrument));

    [Theory]
    [InlineData(FundingOutcome.Funded, "Financé")]
    [InlineData(FundingOutcome.PartiallyFunded, "Partiellement financé")]
    [InlineData(FundingOutcome.NotFunded, "Non financé")]
    public void Outcome(FundingOutcome outcome, string expected) => Assert.Equal(expected, FrenchLabels.Outcome(outcome));

    [Theory]
    [InlineData("123456789", "123\u00A0456\u00A0789")]
    [InlineData("12345", "12345")]
    [InlineData("12345678A", "12345678A")]
    public void Siren(string siren, string expected) => Assert.Equal(expected, FrenchLabels.Siren(siren));

    [Fact]
    public void Quoted() => Assert.Equal("«\u00A0Projet\u00A0»", FrenchLabels.Quoted("Projet"));
}
