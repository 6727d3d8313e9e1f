using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Labelling;

namespace FundingPortal.Application.Documents;

public sealed record EvaluationSummaryModel : DocumentModel
{
    public override DocumentKind Kind => DocumentKind.EvaluationSummary;

    public override string DocumentKey => $"evaluation-summary/{Project.Reference}/{DecisionDate.UtcDateTime:yyyyMMdd}";

    public required ProjectIdentity Project { get; init; }
    public required string CallTitle { get; init; }

    /// <summary>Anonymised aliases ("Expert A", "Expert B") in column order.</summary>
    public required IReadOnlyList<string> Experts { get; init; }

    public required decimal ScaleMax { get; init; }
    public required IReadOnlyList<CriterionSummary> Criteria { get; init; }
    public required IReadOnlyList<ExpertComment> OverallComments { get; init; }
    public required decimal WeightedMean { get; init; }
    public required decimal Threshold { get; init; }
    public required bool MeetsThreshold { get; init; }
    public required LabellingOutcome Decision { get; init; }
    public required string Motivation { get; init; }
    public required DateTimeOffset DecisionDate { get; init; }
}

public sealed record CriterionSummary(
    string Key,
    string Label,
    decimal Weight,
    IReadOnlyList<CriterionReview> Reviews,
    decimal Mean);

public sealed record CriterionReview(string Expert, decimal Score, string Comment);

public sealed record ExpertComment(string Expert, string Comment);
