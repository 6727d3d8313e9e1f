using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Notifications;

/// <summary>The texts of the announcement pages (write one, watch it being sent), French and English together.</summary>
public sealed class AnnouncementsTexts : TextSet
{
    public AnnouncementsTexts()
        : base("Announcements")
    {
        Add("Write", "Écrire une annonce", "Write an announcement");
        Add("Title", "Annonce : {0}", "Announcement: {0}");
        Add("Intro", "L'annonce part par e-mail à chaque personne du public choisi, une seule fois, même si l'envoi est interrompu. Elle part quels que soient les réglages de notification des destinataires.",
            "The announcement goes by e-mail to each person of the chosen audience, once, even if the sending is interrupted. It is sent whatever the recipients' notification settings.");
        Add("Audience", "Destinataires", "Recipients");
        Add("Audience.Drafts", "Consortiums des dossiers en brouillon", "Consortia of draft dossiers");
        Add("Audience.Submitted", "Consortiums des dossiers déposés", "Consortia of submitted dossiers");
        Add("Audience.AllApplicants", "Tous les consortiums de l'appel", "Every consortium of the call");
        Add("Audience.Experts", "Experts de l'appel", "The call's experts");
        Add("Audience.FunderOfficers", "Chargés de mission des financeurs de l'appel", "Officers of the call's funders");
        Add("Subject", "Objet", "Subject");
        Add("SubjectHint", "200 caractères au plus, sur une ligne.", "200 characters at most, on one line.");
        AddSame("Body", "Message");
        Add("BodyHint", "10 000 caractères au plus. Une ligne vide sépare deux paragraphes.", "10,000 characters at most. An empty line separates two paragraphs.");
        Add("Send", "Envoyer l'annonce", "Send the announcement");
        Add("Back", "Retour à l'appel", "Back to the call");
        Add("Progress", "Avancement de l'envoi", "Sending progress");
        Add("Recipients", "Destinataires", "Recipients");
        Add("Sent", "Envoyés", "Sent");
        Add("Failed", "En échec", "Failed");
        Add("Pending", "En attente", "Waiting");
        Add("Done", "L'envoi est terminé.", "The sending is finished.");
        Add("Running", "L'envoi est en cours : actualisez la page pour suivre l'avancement.", "The sending is in progress: reload the page to follow it.");
        Add("Refresh", "Actualiser", "Reload");
        Add("SubjectRequired", "Saisissez un objet d'une ligne (200 caractères au plus).", "Enter a one-line subject (200 characters at most).");
        Add("BodyRequired", "Saisissez le message (10 000 caractères au plus).", "Enter the message (10,000 characters at most).");
        Add("AudienceRequired", "Choisissez les destinataires.", "Choose the recipients.");
    }
}
