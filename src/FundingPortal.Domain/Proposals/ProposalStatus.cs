namespace FundingPortal.Domain.Proposals;

public enum ProposalStatus
{
    Draft,
    Submitted,
    Ineligible,
    UnderReview,
    Reviewed,
    Labelled,
    NotLabelled,
    Deferred,
    FundingRequested,
    Funded,
    PartiallyFunded,
    NotFunded,
    Withdrawn,
}

public static class ProposalStatusExtensions
{
    public static bool IsBeforeLabellingDecision(this ProposalStatus status) =>
        status is ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.Ineligible
            or ProposalStatus.UnderReview or ProposalStatus.Reviewed;
}
