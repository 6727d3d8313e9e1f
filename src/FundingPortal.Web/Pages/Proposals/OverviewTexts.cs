using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's overview: the project, its consortium, the aid requested, screening and withdrawal.</summary>
public sealed class OverviewTexts : TextSet
{
    public OverviewTexts()
        : base("Overview")
    {
        Add("Title", "{0} — synthèse", "{0} — overview");
        Add("Step", "synthèse", "overview");
        Add("Project", "Le projet", "The project");
        Add("Reference", "Référence", "Reference");
        Add("Keywords", "Mots-clés", "Keywords");
        AddSame("Trl", "TRL");
        Add("Duration", "Durée", "Duration");
        Add("MonthsOne", "{0} mois", "{0} month");
        Add("MonthsMany", "{0} mois", "{0} months");
        Add("TotalBudget", "Budget total", "Total budget");
        Add("RequestedAid", "Aide demandée", "Aid requested");
        AddSame("Consortium", "Consortium");
        AddSame("OrganisationsOne", "{0} organisation");
        AddSame("OrganisationsMany", "{0} organisations");
        AddSame("Organisation", "Organisation");
        Add("Role", "Rôle", "Role");
        Add("Category", "Catégorie", "Category");
        Add("Region", "Région", "Region");
        AddSame("Budget", "Budget");
        Add("Share", "Part", "Share");
        Add("AidPerFunder", "Aide demandée par financeur", "Aid requested per funder");
        Add("AidCaption", "Calculée à partir des budgets et des taux de l'appel", "Worked out from the budgets and the call's rates");
        Add("Funder", "Financeur", "Funder");
        AddSame("Total", "Total");
        Add("IneligibleReason", "Motif d'irrecevabilité : {0}", "Reason the proposal was found ineligible: {0}");
        Add("Screening", "Examen de recevabilité", "Eligibility screening");
        Add("ScreenedEligible", "Déclaré recevable le {0}.", "Found eligible on {0}.");
        Add("ScreenedIneligible", "Déclaré irrecevable le {0}.", "Found ineligible on {0}.");
        Add("ScreeningChangeable", "Vous pouvez modifier cet examen tant que l'évaluation n'a pas commencé.", "You can change this screening until the review starts.");
        Add("IsEligible", "Ce dossier est-il recevable ?", "Is this proposal eligible?");
        Add("Eligible", "Recevable : il sera confié aux experts", "Eligible: it will be given to the experts");
        Add("Ineligible", "Irrecevable", "Ineligible");
        Add("Reason", "Motif (obligatoire si irrecevable, communiqué au consortium)", "Reason (required if ineligible, sent to the consortium)");
        Add("SaveScreening", "Enregistrer l'examen", "Save the screening");
        Add("Withdraw", "Retirer le dossier", "Withdraw the proposal");
        Add("WithdrawFinal", "Le retrait est définitif : le dossier ne sera ni évalué ni financé.", "Withdrawal is final: the proposal will be neither reviewed nor funded.");
        Add("Confirm.WithdrawHeading", "Retirer définitivement le dossier {0} ?", "Withdraw proposal {0} for good?");
        Add("Confirm.WithdrawWhat", "Le dossier ne sera ni évalué ni financé, et ne pourra plus être déposé ni modifié.",
            "The proposal will be neither reviewed nor funded, and can no longer be submitted or changed.");
        Add("Confirm.WithdrawTold", "Le pôle et les experts affectés au dossier sont prévenus.", "The cluster and the experts assigned to the proposal are told.");
        Add("Confirm.WithdrawButton", "Oui, retirer le dossier", "Yes, withdraw the proposal");
        Add("EligibleRequired", "Recevabilité : choisissez « recevable » ou « irrecevable ».", "Eligibility: choose “eligible” or “ineligible”.");
        Add("ReasonRequired", "Motif : le motif est obligatoire pour déclarer un dossier irrecevable.", "Reason: a reason is required to find a proposal ineligible.");
        Add("Confirm.EligibleHeading", "Déclarer le dossier {0} recevable ?", "Find proposal {0} eligible?");
        Add("Confirm.IneligibleHeading", "Déclarer le dossier {0} irrecevable ?", "Find proposal {0} ineligible?");
        Add("Confirm.EligibleNext", "Le dossier sera confié aux experts après la date limite de dépôt.", "The proposal will be given to the experts after the submission deadline.");
        Add("Confirm.IneligibleNext", "Le dossier ne sera ni évalué ni financé.", "The proposal will be neither reviewed nor funded.");
        Add("Confirm.ConsortiumTold", "Le consortium est prévenu de l'examen.", "The consortium is told of the screening.");
        Add("Confirm.ConsortiumToldReason", "Le consortium est prévenu de l'examen, avec ce motif : « {0} »", "The consortium is told of the screening, with this reason: “{0}”");
        Add("Confirm.ScreenUndo", "Vous pourrez modifier cet examen tant que l'évaluation n'a pas commencé, mais le consortium en aura déjà été prévenu.",
            "You can change this screening until the review starts, but the consortium will already have been told.");
        Add("Confirm.ScreenButton", "Oui, enregistrer l'examen", "Yes, save the screening");
        Add("DoneEligible", "Le dossier est déclaré recevable : il sera confié aux experts.", "The proposal is found eligible: it will be given to the experts.");
        Add("DoneIneligible", "Le dossier est déclaré irrecevable ; le consortium en est informé.", "The proposal is found ineligible; the consortium is informed.");
        Add("DoneWithdrawn", "Le dossier est retiré.", "The proposal is withdrawn.");
        Add("Lead", "Chef de file", "Lead partner");
        Add("Partner", "Partenaire", "Partner");
    }
}
