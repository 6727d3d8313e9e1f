using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A dossier's submission step.</summary>
public sealed class SubmitTexts : TextSet
{
    public SubmitTexts()
        : base("Submit")
    {
        Add("Title", "{0} — dépôt", "{0} — submission");
        Add("Step", "dépôt", "submission");
        Add("Heading", "Déposer le dossier", "Submit the proposal");
        Add("Closed", "Le dossier est au statut {0} : il ne peut plus être déposé.", "The proposal's status is {0}: it can no longer be submitted.");
        Add("LeadOnly", "Seul le chef de file dépose le dossier. Vérifiez que votre budget est complet, puis prévenez le chef de file.",
            "Only the lead partner submits the proposal. Check that your budget is complete, then let the lead partner know.");
        Add("Blocked", "Le dossier ne peut pas encore être déposé : réglez les points listés dans « Pourquoi ne puis-je pas déposer ? ».",
            "The proposal cannot be submitted yet: settle the points listed in “Why can't I submit?”.");
        Add("About", "Vous allez déposer la version {0} du dossier {1}. Le dossier déposé est figé : un accusé de réception horodaté, avec l'empreinte SHA-256 du dossier et de chaque pièce jointe, vous est remis.",
            "You are about to submit version {0} of proposal {1}. The submitted proposal is frozen: you receive a time-stamped acknowledgement of receipt with the SHA-256 fingerprint of the proposal and of each attachment.");
        Add("Resubmit", "Vous pouvez redéposer jusqu'à la date limite : la dernière version déposée est celle qui compte.",
            "You can submit again until the deadline: the last version submitted is the one that counts.");
        Add("Project", "Projet", "Project");
        Add("Partners", "Partenaires", "Partners");
        Add("TotalBudget", "Budget total", "Total budget");
        Add("RequestedAid", "Aide demandée", "Aid requested");
        Add("Attachments", "Pièces jointes", "Attachments");
        Add("Button", "Déposer la version {0} du dossier", "Submit version {0} of the proposal");
    }
}
