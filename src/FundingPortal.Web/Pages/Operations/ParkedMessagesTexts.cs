using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Operations;

/// <summary>The manager's page of messages that failed every retry (<c>/gestion/messages</c>).</summary>
public sealed class ParkedMessagesTexts : TextSet
{
    public ParkedMessagesTexts()
        : base("ParkedMessages")
    {
        Add("Title", "Messages en échec", "Failed messages");
        Add("Intro", "Les traitements automatiques (e-mails, documents PDF, rappels) réessaient seuls ; ceux qui échouent encore sont mis de côté ici. Corrigez la cause, puis relancez-les.",
            "Automatic processing (e-mails, PDF documents, reminders) retries by itself; what still fails is set aside here. Fix the cause, then retry them.");
        Add("ScheduledJobs", "Voir les tâches planifiées (rappels, clôtures d'appels)", "See the scheduled jobs (reminders, call closings)");
        Add("None", "Aucun message en échec.", "No failed message.");
        AddSame("CountOne", "{0} message");
        AddSame("CountMany", "{0} messages");
        AddSame("Message", "Message");
        Add("Queue", "File", "Queue");
        Add("Status", "État", "Status");
        Add("Failures", "Échecs", "Failures");
        Add("LastFailure", "Dernier échec", "Last failure");
        Add("Error", "Erreur", "Error");
        AddSame("Action", "Action");
        Add("Retry", "Relancer", "Retry");
        Add("RetryLabel", "Relancer le message {0} du {1}", "Retry the message {0} of {1}");
        Add("Retried", "Le message est relancé.", "The message is sent again.");
        Add("StatusParked", "Mis de côté", "Set aside");
        Add("StatusAwaitingRedelivery", "Nouvel essai programmé", "Retry scheduled");
        Add("StatusRedelivered", "Relancé", "Retried");
        Add("StatusResolved", "Résolu", "Resolved");
    }
}
