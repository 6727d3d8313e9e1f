using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Application.Reviews.Evaluation;

public sealed record CriterionEvaluationDto(string Key, string Label, decimal Weight, decimal MinScore, decimal? Mean, decimal? Min, decimal? Max,
    bool Disagreement, bool MeetsMinimum);

/// <param name="ExpertId">Managers only; experts and applicants read anonymous labels.</param>
/// <param name="Mine">For an expert: this is their own review.</param>
public sealed record ReviewSummaryDto(
    string Label,
    Guid? ExpertId,
    string? DisplayName,
    bool Mine,
    Recommendation? Recommendation,
    IReadOnlyDictionary<string, decimal> Scores,
    IReadOnlyDictionary<string, string> Comments,
    string? OverallComment,
    DateTimeOffset? SubmittedAt);

public sealed record DecisionDto(LabellingOutcome Outcome, string Motivation, DateTimeOffset DecidedAt, string? CertificateNumber);

/// <summary>
/// A dossier's evaluation. Figures are rounded half away from zero to 2 decimals; <c>meetsThreshold</c> compares
/// the rounded weighted mean with the threshold and every rounded criterion mean with its minimum.
/// </summary>
public sealed record EvaluationDto(
    Guid ProposalId,
    string Reference,
    ProposalStatus Status,
    decimal? WeightedScore,
    decimal LabelThreshold,
    decimal ScaleMax,
    bool MeetsThreshold,
    bool Disagreement,
    int SubmittedReviews,
    int ExpectedReviews,
    IReadOnlyList<CriterionEvaluationDto> Criteria,
    IReadOnlyList<ReviewSummaryDto> Reviews,
    DecisionDto? Decision);
