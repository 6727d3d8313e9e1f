namespace FundingPortal.Domain.Proposals;

/// <summary>The parts of a submitted dossier a correction request reopens: project fields, partners' budgets, attachments, the consortium's partners.</summary>
public enum CorrectionScope
{
    Attachments,
    Budgets,
    Project,
    Partners,
}

public enum CorrectionStatus
{
    Open,
    Answered,
    Expired,
}
