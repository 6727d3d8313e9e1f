using FundingPortal.Domain.Labelling;

namespace FundingPortal.Documents.Tests;

public sealed class EvaluationSummaryRendererTests
{
    [Fact]
    public void Shows_anonymised_scores_means_and_the_weighted_mean()
    {
        var text = Render.Text(SampleModels.EvaluationSummary());

        Assert.Contains("Synthèse d’évaluation", text);
        Assert.Contains("FP-2026-0042", text);
        Assert.Contains("Expert A", text);
        Assert.Contains("Expert B", text);
        Assert.Contains("Caractère innovant 25 % 4,5 4,0 4,25", text);
        Assert.Contains("Moyenne pondérée 100 % 3,98", text);
        Assert.Contains("seuil de labellisation : 3,00 / 5 (atteint)", text);
    }

    [Fact]
    public void Shows_comments_per_criterion_and_overall()
    {
        var text = Render.Text(SampleModels.EvaluationSummary());

        Assert.Contains("Expert A (4,50 / 5) : La combinaison de capteurs autonomes", text);
        Assert.Contains("Appréciation générale", text);
        Assert.Contains("avis favorable à la labellisation", text);
    }

    [Theory]
    [InlineData(LabellingOutcome.Labelled, "Labellisé")]
    [InlineData(LabellingOutcome.NotLabelled, "Non labellisé")]
    [InlineData(LabellingOutcome.Deferred, "Ajourné")]
    public void Shows_the_decision_in_French(LabellingOutcome decision, string expected)
    {
        var model = SampleModels.EvaluationSummary() with { Decision = decision };

        var text = Render.Text(model);

        Assert.Contains($"Décision du comité de labellisation : {expected}", text);
        Assert.Contains("9 décembre 2027", text);
    }

    [Fact]
    public void Says_when_the_threshold_is_not_met()
    {
        var model = SampleModels.EvaluationSummary() with { WeightedMean = 2.5m, MeetsThreshold = false, Decision = LabellingOutcome.NotLabelled };

        var text = Render.Text(model);

        Assert.Contains("Moyenne pondérée : 2,50 / 5 — seuil de labellisation : 3,00 / 5 (non atteint)", text);
    }
}
