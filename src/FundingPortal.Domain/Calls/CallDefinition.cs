namespace FundingPortal.Domain.Calls;

public sealed record CallDefinition(
    string Title,
    string? Programme,
    string? Description,
    IReadOnlyList<string> Territory,
    CallTimeline Timeline,
    EligibilityRules Eligibility,
    EvaluationGrid EvaluationGrid,
    int ExpertsPerProposal,
    bool HideBudgetFromExperts,
    IReadOnlyList<CallFunder> Funders,
    PreProposalStage? PreProposal = null);
