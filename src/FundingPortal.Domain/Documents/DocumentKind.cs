namespace FundingPortal.Domain.Documents;

public enum DocumentKind
{
    Receipt,
    Dossier,
    EvaluationSummary,
    LabelCertificate,
    FundingDecision,
    CommitteeMinutes,
}
