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

    /// <summary>Two-stage calls: the pre-proposal was submitted before the pre-proposal deadline; it waits for the shortlist.</summary>
    PreProposalSubmitted,

    /// <summary>Two-stage calls: shortlisted; the consortium completes and submits the full dossier before the submission deadline.</summary>
    InvitedToFullProposal,

    /// <summary>Two-stage calls: not shortlisted; the dossier stops here.</summary>
    NotInvited,
}

public static class ProposalStatusExtensions
{
    public static bool IsBeforeLabellingDecision(this ProposalStatus status) =>
        status is ProposalStatus.Draft or ProposalStatus.Submitted or ProposalStatus.Ineligible
            or ProposalStatus.UnderReview or ProposalStatus.Reviewed
            or ProposalStatus.PreProposalSubmitted or ProposalStatus.InvitedToFullProposal or ProposalStatus.NotInvited;
}
