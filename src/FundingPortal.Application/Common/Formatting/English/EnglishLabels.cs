using FundingPortal.Application.Documents;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Application.Common.Formatting.English;

internal sealed class EnglishLabels : TextLabels
{
    public override string Category(OrganisationCategory category) => category switch
    {
        OrganisationCategory.Sme => "SME",
        OrganisationCategory.MidCap => "Mid-cap",
        OrganisationCategory.Large => "Large company",
        OrganisationCategory.Research => "Research organisation",
        _ => category.ToString(),
    };

    /// <summary>French regions keep their French names (as in English-language EU documents); overseas ones too.</summary>
    public override string Region(string code) => Regions.NameOf(code);

    public override string FunderKind(Domain.Funders.FunderKind kind) => kind == Domain.Funders.FunderKind.State ? "State" : "Region";

    public override string Status(CallStatus status) => status switch
    {
        CallStatus.Draft => "Draft",
        CallStatus.Published => "Published, not open yet",
        CallStatus.Open => "Open",
        CallStatus.Closed => "Closed",
        _ => status.ToString(),
    };

    public override string Status(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Draft",
        ProposalStatus.Submitted => "Submitted",
        ProposalStatus.Ineligible => "Ineligible",
        ProposalStatus.UnderReview => "Under review",
        ProposalStatus.Reviewed => "Reviewed",
        ProposalStatus.Labelled => "Labelled",
        ProposalStatus.NotLabelled => "Not labelled",
        ProposalStatus.Deferred => "Deferred",
        ProposalStatus.FundingRequested => "Funding requested",
        ProposalStatus.Funded => "Funded",
        ProposalStatus.PartiallyFunded => "Partly funded",
        ProposalStatus.NotFunded => "Not funded",
        ProposalStatus.Withdrawn => "Withdrawn",
        ProposalStatus.PreProposalSubmitted => "Pre-proposal submitted",
        ProposalStatus.InvitedToFullProposal => "Invited to the full proposal",
        ProposalStatus.NotInvited => "Not shortlisted",
        _ => status.ToString(),
    };

    public override string DocumentKind(Domain.Documents.DocumentKind kind) => kind switch
    {
        Domain.Documents.DocumentKind.Receipt => "Acknowledgement of receipt",
        Domain.Documents.DocumentKind.Dossier => "Application dossier",
        Domain.Documents.DocumentKind.EvaluationSummary => "Evaluation summary",
        Domain.Documents.DocumentKind.LabelCertificate => "Label certificate",
        Domain.Documents.DocumentKind.FundingDecision => "Co-funding notice",
        Domain.Documents.DocumentKind.CommitteeMinutes => "Committee minutes",
        _ => kind.ToString(),
    };

    public override string DocumentStatus(Domain.Documents.DocumentStatus status) => status switch
    {
        Domain.Documents.DocumentStatus.Pending => "Being produced",
        Domain.Documents.DocumentStatus.Ready => "Available",
        Domain.Documents.DocumentStatus.Failed => "Production failed",
        _ => status.ToString(),
    };

    public override string Assignment(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Invited => "To accept",
        AssignmentStatus.Accepted => "Accepted, evaluation due",
        AssignmentStatus.Declined => "Declined",
        AssignmentStatus.Submitted => "Evaluation sent",
        _ => status.ToString(),
    };

    public override string DeclineReason(Domain.Reviews.DeclineReason reason) => reason switch
    {
        Domain.Reviews.DeclineReason.ConflictOfInterest => "Conflict of interest",
        Domain.Reviews.DeclineReason.NotMyExpertise => "Outside my expertise",
        Domain.Reviews.DeclineReason.TooManyAssignments => "Too many dossiers to review",
        _ => reason.ToString(),
    };

    public override string Recommendation(Domain.Reviews.Recommendation? recommendation) => recommendation switch
    {
        Domain.Reviews.Recommendation.Label => "Label",
        Domain.Reviews.Recommendation.Defer => "Defer",
        Domain.Reviews.Recommendation.Reject => "Do not label",
        _ => "—",
    };

    public override string Outcome(LabellingOutcome outcome) => outcome switch
    {
        LabellingOutcome.Labelled => "Labelled",
        LabellingOutcome.NotLabelled => "Not labelled",
        LabellingOutcome.Deferred => "Deferred",
        _ => outcome.ToString(),
    };

    public override string Instrument(FundingInstrument? instrument) => instrument switch
    {
        FundingInstrument.Grant => "Grant",
        FundingInstrument.RepayableAdvance => "Repayable advance",
        _ => "—",
    };

    public override string FundingDecision(Domain.CoFunding.FundingDecision? decision) => decision switch
    {
        Domain.CoFunding.FundingDecision.Granted => "Granted",
        Domain.CoFunding.FundingDecision.Declined => "Declined",
        _ => "Awaiting a decision",
    };

    public override string FundingOutcome(Domain.CoFunding.FundingOutcome outcome) => outcome switch
    {
        Domain.CoFunding.FundingOutcome.Funded => "Funded",
        Domain.CoFunding.FundingOutcome.PartiallyFunded => "Partly funded",
        Domain.CoFunding.FundingOutcome.NotFunded => "Not funded",
        _ => outcome.ToString(),
    };

    public override string Role(PartnerRole role) => role == PartnerRole.Lead ? "Lead partner" : "Partner";

    public override string AttachmentKind(Domain.Proposals.AttachmentKind kind) =>
        kind == Domain.Proposals.AttachmentKind.ConsortiumAgreement ? "Consortium agreement" : "Appendix";
}
