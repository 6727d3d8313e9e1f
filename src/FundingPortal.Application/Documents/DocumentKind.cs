namespace FundingPortal.Application.Documents;

public enum DocumentKind
{
    Receipt,
    Dossier,
    EvaluationSummary,
    LabelCertificate,
    FundingDecision,
}
