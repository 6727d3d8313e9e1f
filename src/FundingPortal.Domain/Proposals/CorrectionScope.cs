namespace FundingPortal.Domain.Proposals;

/// <summary>The parts of a submitted dossier a correction request reopens: project fields, partners' budgets, attachments.</summary>
public enum CorrectionScope
{
    Attachments,
    Budgets,
    Project,
}

public enum CorrectionStatus
{
    Open,
    Answered,
    Expired,
}
