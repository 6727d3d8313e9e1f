using FundingPortal.Domain.Calls;

namespace FundingPortal.Domain.Reviews.Evaluation;

/// <summary>
/// Aggregates submitted reviews on a call's grid. Decimal arithmetic throughout; every reported figure (criterion
/// means and the weighted mean) is rounded once, at the end, to <see cref="Decimals"/> places, half away from
/// zero. The threshold checks and the ranking use these rounded figures, so what the committee reads is what decides.
/// </summary>
public static class EvaluationAggregator
{
    public const int Decimals = 2;
    public const decimal DisagreementGap = 2m;

    public static EvaluationResult Aggregate(EvaluationGrid grid, IReadOnlyList<IReadOnlyDictionary<string, decimal>> reviews)
    {
        var sums = new List<(EvaluationCriterion Criterion, decimal Sum, int Count, decimal? Min, decimal? Max)>();
        foreach (var criterion in grid.Criteria)
        {
            var scores = reviews.Where(r => r.ContainsKey(criterion.Key)).Select(r => r[criterion.Key]).ToList();
            sums.Add((criterion, scores.Sum(), scores.Count, scores.Count == 0 ? null : scores.Min(), scores.Count == 0 ? null : scores.Max()));
        }

        var criteria = sums.Select(s => new CriterionStatistics(s.Criterion.Key, s.Criterion.Label, s.Criterion.Weight, s.Criterion.MinScore,
            s.Count == 0 ? null : Round(s.Sum / s.Count), s.Min, s.Max)).ToList();
        return new EvaluationResult(reviews.Count, WeightedMean(sums.Select(s => (s.Criterion.Weight, s.Sum, s.Count)).ToList()), grid.LabelThreshold, criteria);
    }

    /// <summary>
    /// Σ(weight × mean) / Σweight. Submitted reviews score every criterion, so all counts are equal and the mean is
    /// one exact division Σ(weight × sum) / (count × Σweight), which rounds correctly even on a midpoint.
    /// </summary>
    private static decimal? WeightedMean(IReadOnlyList<(decimal Weight, decimal Sum, int Count)> criteria)
    {
        var scored = criteria.Where(c => c.Count > 0).ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var totalWeight = scored.Sum(c => c.Weight);
        if (scored.Select(c => c.Count).Distinct().Count() == 1)
        {
            return Round(scored.Sum(c => c.Weight * c.Sum) / (scored[0].Count * totalWeight));
        }

        return Round(scored.Sum(c => c.Weight * c.Sum / c.Count) / totalWeight);
    }

    private static decimal Round(decimal value) => decimal.Round(value, Decimals, MidpointRounding.AwayFromZero);
}
