using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Calls;

/// <summary>A local time as sent: "2027-10-19T18:00:00" (no offset) in an IANA zone; read by <see cref="Domain.Common.LocalInstant.Parse"/>.</summary>
public sealed record LocalTimeDto(string? LocalDateTime, string? TimeZone);

public sealed record EvaluationGridDto(decimal? ScaleMax, decimal? LabelThreshold, IReadOnlyList<EvaluationCriterion>? Criteria);

public sealed record CallFunderDto(Guid FunderId, decimal Envelope, Dictionary<OrganisationCategory, decimal>? Rates,
    Dictionary<OrganisationCategory, decimal>? OutOfTerritoryRates);

/// <summary>The pre-proposal stage of a two-stage call: its deadline and the page limit it announces (null: none).</summary>
public sealed record PreProposalDto(LocalTimeDto? Deadline, int? MaxPages);

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
    IReadOnlyList<CallFunderDto>? Funders,
    PreProposalDto? PreProposal = null,
    Guid? ClusterId = null);
