namespace FundingPortal.Domain.Reviews.Evaluation;

public sealed record EvaluationResult(int ReviewCount, decimal? WeightedScore, decimal LabelThreshold, IReadOnlyList<CriterionStatistics> Criteria)
{
    /// <summary>Weighted mean at or above the threshold and no criterion mean below its minimum.</summary>
    public bool MeetsThreshold => WeightedScore >= LabelThreshold && Criteria.All(c => c.MeetsMinimum);

    /// <summary>Experts 2 points or more apart on at least one criterion.</summary>
    public bool Disagreement => Criteria.Any(c => c.Disagreement);

    public decimal? MeanOf(string criterionKey) => Criteria.FirstOrDefault(c => c.Key == criterionKey)?.Mean;
}
