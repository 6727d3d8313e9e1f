using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The texts of correction requests: the dossier's banner and its corrections page, French and English together.</summary>
public sealed class CorrectionsTexts : TextSet
{
    public CorrectionsTexts()
        : base("Corrections")
    {
        AddSame("StepTitle", "corrections");
        Add("Heading", "Demandes de correction", "Correction requests");
        Add("Intro", "Pendant l'instruction ou l'évaluation, le pôle peut demander au consortium de corriger certaines parties du dossier avant une échéance, même après la date limite de l'appel. Le chef de file dépose alors une nouvelle version, marquée comme correction, avec son propre accusé de réception.",
            "During screening or review, the cluster may ask the consortium to correct some parts of the dossier before a due date, even after the call's deadline. The lead partner then submits a new version, marked as a correction, with its own receipt.");
        Add("None", "Aucune demande de correction pour ce dossier.", "No correction request for this dossier.");
        Add("Requested", "Demandée le", "Requested on");
        Add("Scope", "Parties à corriger", "Parts to correct");
        Add("DueAt", "Échéance", "Due");
        Add("Status", "État", "Status");
        Add("Message", "Message du pôle", "The cluster's message");
        Add("Answer", "Réponse", "Answer");
        AddSame("AnsweredBy", "version {0}");
        Add("Status.Open", "Ouverte", "Open");
        Add("Status.Answered", "Traitée", "Answered");
        Add("Status.Expired", "Expirée", "Expired");
        Add("Scope.Attachments", "pièces jointes", "attachments");
        AddSame("Scope.Budgets", "budgets");
        Add("Scope.Project", "description du projet", "project description");
        Add("Scope.Partners", "partenaires du consortium", "consortium partners");
        Add("Banner.Title", "Correction demandée par le pôle", "Correction requested by the cluster");
        Add("Banner.Body", "Le consortium peut modifier uniquement : {0}, jusqu'au {1} (heure de Paris), même après la date limite de l'appel. Le chef de file dépose ensuite la version corrigée.",
            "The consortium may change only: {0}, until {1} (Paris time), even after the call's deadline. The lead partner then submits the corrected version.");
        Add("Banner.See", "Voir la demande", "See the request");
        Add("Banner.Submit", "Déposer la version corrigée", "Submit the corrected version");
        Add("Banner.Ask", "Demander une correction", "Ask for a correction");
        Add("Form.Heading", "Demander une correction", "Ask for a correction");
        Add("Form.Scope", "Parties que le consortium pourra modifier", "Parts the consortium may change");
        Add("Form.DueAt", "Échéance (heure de Paris)", "Due date (Paris time)");
        Add("Form.DueAtHint", "Après cette date et cette heure, plus aucune modification n'est acceptée.", "From this date and time on, no change is accepted.");
        Add("Form.Message", "Ce qu'il faut corriger", "What must be corrected");
        Add("Form.MessageHint", "10 000 caractères au plus. Le message est aussi ajouté aux échanges du dossier.", "10,000 characters at most. The message is also added to the dossier's messages.");
        Add("Form.Continue", "Continuer", "Continue");
        Add("Form.Cancel", "Modifier la demande", "Change the request");
        Add("Confirm.Heading", "Confirmez la demande de correction", "Confirm the correction request");
        Add("Confirm.Body", "Le consortium sera prévenu et pourra modifier uniquement : {0}, jusqu'au {1} (heure de Paris), même si la date limite de l'appel est passée. Le reste du dossier reste figé. Sans réponse à l'échéance, la demande expire.",
            "The consortium will be told and may change only: {0}, until {1} (Paris time), even if the call's deadline has passed. The rest of the dossier stays frozen. Without an answer by the due date, the request expires.");
        Add("Confirm.Send", "Envoyer la demande de correction", "Send the correction request");
        Add("Sent", "La demande de correction est envoyée au consortium.", "The correction request was sent to the consortium.");
        Add("ScopeRequired", "Cochez au moins une partie à corriger.", "Tick at least one part to correct.");
        Add("DueAtRequired", "Indiquez une échéance future.", "Give a due date in the future.");
        Add("MessageRequired", "Dites ce qu'il faut corriger (10 000 caractères au plus).", "Say what must be corrected (10,000 characters at most).");
    }
}
