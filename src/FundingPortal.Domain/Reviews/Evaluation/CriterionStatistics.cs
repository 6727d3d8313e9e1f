namespace FundingPortal.Domain.Reviews.Evaluation;

/// <param name="Mean">Rounded like every reported figure (see <see cref="EvaluationAggregator"/>); null without reviews.</param>
public sealed record CriterionStatistics(string Key, string Label, decimal Weight, decimal MinScore, decimal? Mean, decimal? Min, decimal? Max)
{
    public bool Disagreement => Max - Min >= EvaluationAggregator.DisagreementGap;

    public bool MeetsMinimum => Mean >= MinScore;
}
