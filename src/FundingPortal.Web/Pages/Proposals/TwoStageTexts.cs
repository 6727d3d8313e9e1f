using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>Two-stage calls on the dossier: its stage, the partners' estimated totals, and the shortlist's outcome.</summary>
public sealed class TwoStageTexts : TextSet
{
    public TwoStageTexts()
        : base("TwoStage")
    {
        Add("StagePreProposal", "Pré-proposition", "Pre-proposal");
        Add("StageFull", "Dossier complet", "Full proposal");
        Add("PreProposalDeadline", "Date limite des pré-propositions :", "Pre-proposal deadline:");
        Add("StepEstimates", "3. Totaux estimés", "3. Estimated totals");
        Add("TabEstimates", "Totaux estimés", "Estimated totals");
        Add("Title", "{0} — totaux estimés", "{0} — estimated totals");
        Add("Step", "totaux estimés", "estimated totals");
        Add("Explain", "Cet appel se déroule en deux étapes. La pré-proposition donne, pour chaque partenaire, un total estimé de ses coûts ; le budget détaillé et ses règles viendront au dossier complet, si le pôle retient la pré-proposition.",
            "This call runs in two stages. The pre-proposal gives, for each partner, an estimated total of its costs; the detailed budget and its rules come with the full proposal, if the cluster shortlists the pre-proposal.");
        Add("Partner", "Partenaire", "Partner");
        Add("Estimate", "Total estimé (€)", "Estimated total (€)");
        Add("EstimateOf", "Total estimé {0} (€)", "Estimated total of {0} (€)");
        Add("NotEntered", "non renseigné", "not entered");
        Add("Total", "Total estimé du consortium", "Consortium's estimated total");
        Add("Save", "Enregistrer", "Save");
        Add("SaveFor", "le total estimé {0}", "the estimated total of {0}");
        Add("Saved", "Total estimé enregistré pour {0} : {1}.", "Estimated total saved for {0}: {1}.");
        Add("AmountExpected", "Saisissez un montant en euros, par exemple 750 000 ou 750000,50.", "Enter an amount in euros, for example 750,000 or 750000.50.");
        Add("Frozen", "La pré-proposition ne peut plus être modifiée.", "The pre-proposal can no longer be changed.");
        Add("Invited", "Pré-proposition retenue : le pôle vous invite à déposer le dossier complet (budgets détaillés, pièces jointes) avant la date limite de dépôt.",
            "Pre-proposal shortlisted: the cluster invites you to submit the full proposal (detailed budgets, attachments) before the submission deadline.");
        Add("NotInvited", "Pré-proposition non retenue : le dossier s'arrête ici.", "Pre-proposal not shortlisted: the proposal stops here.");
        Add("Feedback", "Retour du pôle : {0}", "The cluster's feedback: {0}");
        Add("Waiting", "Pré-proposition déposée : le pôle présélectionnera les dossiers après la date limite des pré-propositions.",
            "Pre-proposal submitted: the cluster shortlists the proposals after the pre-proposal deadline.");
    }
}
