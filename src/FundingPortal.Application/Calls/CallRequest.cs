using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Calls;

public sealed record LocalTimeDto(DateTime? LocalDateTime, string? TimeZone);

public sealed record EvaluationGridDto(decimal? ScaleMax, decimal? LabelThreshold, IReadOnlyList<EvaluationCriterion>? Criteria);

public sealed record CallFunderDto(Guid FunderId, decimal Envelope, Dictionary<OrganisationCategory, decimal>? Rates,
    Dictionary<OrganisationCategory, decimal>? OutOfTerritoryRates);

/// <summary>The call definition as sent by managers; omitted rules and grid take the FUI-like defaults.</summary>
public sealed record CallRequest(
    string? Title,
    string? Programme,
    string? Description,
    IReadOnlyList<string>? Territory,
    LocalTimeDto? OpensAt,
    LocalTimeDto? SubmissionDeadline,
    LocalTimeDto? ReviewDeadline,
    LocalTimeDto? CommitteeDate,
    LocalTimeDto? FundingDecisionDeadline,
    EligibilityRules? Eligibility,
    EvaluationGridDto? EvaluationGrid,
    int? ExpertsPerProposal,
    bool? HideBudgetFromExperts,
    IReadOnlyList<CallFunderDto>? Funders);
