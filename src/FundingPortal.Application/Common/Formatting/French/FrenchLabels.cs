using FundingPortal.Application.Documents;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.CoFunding;
using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Application.Common.Formatting.French;

internal sealed class FrenchLabels : TextLabels
{
    public override string Category(OrganisationCategory category) => category switch
    {
        OrganisationCategory.Sme => "PME",
        OrganisationCategory.MidCap => "ETI",
        OrganisationCategory.Large => "Grande entreprise",
        OrganisationCategory.Research => "Organisme de recherche",
        _ => category.ToString(),
    };

    public override string Region(string code) => Regions.NameOf(code);

    public override string FunderKind(Domain.Funders.FunderKind kind) => kind == Domain.Funders.FunderKind.State ? "État" : "Région";

    public override string Status(CallStatus status) => status switch
    {
        CallStatus.Draft => "Brouillon",
        CallStatus.Published => "Publié, pas encore ouvert",
        CallStatus.Open => "Ouvert",
        CallStatus.Closed => "Clos",
        _ => status.ToString(),
    };

    public override string Status(ProposalStatus status) => status switch
    {
        ProposalStatus.Draft => "Brouillon",
        ProposalStatus.Submitted => "Déposé",
        ProposalStatus.Ineligible => "Irrecevable",
        ProposalStatus.UnderReview => "En évaluation",
        ProposalStatus.Reviewed => "Évalué",
        ProposalStatus.Labelled => "Labellisé",
        ProposalStatus.NotLabelled => "Non labellisé",
        ProposalStatus.Deferred => "Ajourné",
        ProposalStatus.FundingRequested => "Financement demandé",
        ProposalStatus.Funded => "Financé",
        ProposalStatus.PartiallyFunded => "Partiellement financé",
        ProposalStatus.NotFunded => "Non financé",
        ProposalStatus.Withdrawn => "Retiré",
        ProposalStatus.PreProposalSubmitted => "Pré-proposition déposée",
        ProposalStatus.InvitedToFullProposal => "Invité au dossier complet",
        ProposalStatus.NotInvited => "Non retenu",
        _ => status.ToString(),
    };

    public override string DocumentKind(Domain.Documents.DocumentKind kind) => kind switch
    {
        Domain.Documents.DocumentKind.Receipt => "Accusé de réception",
        Domain.Documents.DocumentKind.Dossier => "Dossier de candidature",
        Domain.Documents.DocumentKind.EvaluationSummary => "Synthèse d'évaluation",
        Domain.Documents.DocumentKind.LabelCertificate => "Attestation de labellisation",
        Domain.Documents.DocumentKind.FundingDecision => "Notification de cofinancement",
        Domain.Documents.DocumentKind.CommitteeMinutes => "Procès-verbal du comité de labellisation",
        _ => kind.ToString(),
    };

    public override string DocumentStatus(Domain.Documents.DocumentStatus status) => status switch
    {
        Domain.Documents.DocumentStatus.Pending => "En cours de production",
        Domain.Documents.DocumentStatus.Ready => "Disponible",
        Domain.Documents.DocumentStatus.Failed => "Échec de la production",
        _ => status.ToString(),
    };

    public override string Assignment(AssignmentStatus status) => status switch
    {
        AssignmentStatus.Invited => "À accepter",
        AssignmentStatus.Accepted => "Acceptée, évaluation à rendre",
        AssignmentStatus.Declined => "Déclinée",
        AssignmentStatus.Submitted => "Évaluation envoyée",
        _ => status.ToString(),
    };

    public override string DeclineReason(Domain.Reviews.DeclineReason reason) => reason switch
    {
        Domain.Reviews.DeclineReason.ConflictOfInterest => "Conflit d'intérêts",
        Domain.Reviews.DeclineReason.NotMyExpertise => "Hors de mon expertise",
        Domain.Reviews.DeclineReason.TooManyAssignments => "Trop de dossiers à évaluer",
        _ => reason.ToString(),
    };

    public override string Recommendation(Domain.Reviews.Recommendation? recommendation) => recommendation switch
    {
        Domain.Reviews.Recommendation.Label => "Labelliser",
        Domain.Reviews.Recommendation.Defer => "Ajourner",
        Domain.Reviews.Recommendation.Reject => "Ne pas labelliser",
        _ => "—",
    };

    public override string Outcome(LabellingOutcome outcome) => outcome switch
    {
        LabellingOutcome.Labelled => "Labellisé",
        LabellingOutcome.NotLabelled => "Non labellisé",
        LabellingOutcome.Deferred => "Ajourné",
        _ => outcome.ToString(),
    };

    public override string Instrument(FundingInstrument? instrument) => instrument switch
    {
        FundingInstrument.Grant => "Subvention",
        FundingInstrument.RepayableAdvance => "Avance remboursable",
        _ => "—",
    };

    public override string FundingDecision(Domain.CoFunding.FundingDecision? decision) => decision switch
    {
        Domain.CoFunding.FundingDecision.Granted => "Accordé",
        Domain.CoFunding.FundingDecision.Declined => "Refusé",
        _ => "En attente de décision",
    };

    public override string FundingOutcome(Domain.CoFunding.FundingOutcome outcome) => outcome switch
    {
        Domain.CoFunding.FundingOutcome.Funded => "Financé",
        Domain.CoFunding.FundingOutcome.PartiallyFunded => "Partiellement financé",
        Domain.CoFunding.FundingOutcome.NotFunded => "Non financé",
        _ => outcome.ToString(),
    };

    public override string Role(PartnerRole role) => role == PartnerRole.Lead ? "Chef de file" : "Partenaire";

    public override string AttachmentKind(Domain.Proposals.AttachmentKind kind) =>
        kind == Domain.Proposals.AttachmentKind.ConsortiumAgreement ? "Accord de consortium" : "Annexe";
}
