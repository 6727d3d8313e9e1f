using FundingPortal.Domain.CoFunding;

namespace FundingPortal.Documents.Tests;

public sealed class FundingDecisionRendererTests
{
    private readonly string _text = Render.Text(SampleModels.FundingDecision());

    [Fact]
    public void Shows_the_overall_outcome_and_amounts()
    {
        Assert.Contains("Notification de cofinancement", _text);
        Assert.Contains("Issue du cofinancement : Partiellement financé", _text);
        Assert.Contains("Aide accordée : 457 500,00 € sur 488 750,00 € demandés (93,6 %)", _text);
        Assert.Contains("17 mars 2028", _text);
    }

    [Fact]
    public void Shows_each_funder_decision_with_lines_per_partner()
    {
        Assert.Contains("1. Bpifrance (État)", _text);
        Assert.Contains("Décision du financeur : Accordé", _text);
        Assert.Contains("Décision du financeur : Refusé", _text);
        Assert.Contains("Société Générale d'Électronique 51 000,00 € 51 000,00 € Avance remboursable", _text);
        Assert.Contains("Océalis SAS 47 250,00 € 40 000,00 € Subvention", _text);
        Assert.Contains("Normandie Câbles & Réseaux 24 000,00 € 0,00 € —", _text);
    }

    [Fact]
    public void Summarises_totals_per_funder()
    {
        Assert.Contains("Région Bretagne Accordé 147 250,00 € 140 000,00 €", _text);
        Assert.Contains("Total 488 750,00 € 457 500,00 €", _text);
    }

    [Theory]
    [InlineData(FundingOutcome.Funded, "Financé")]
    [InlineData(FundingOutcome.NotFunded, "Non financé")]
    public void Shows_every_outcome_in_French(FundingOutcome outcome, string expected)
    {
        var text = Render.Text(SampleModels.FundingDecision() with { Outcome = outcome });

        Assert.Contains($"Issue du cofinancement : {expected}", text);
    }
}
