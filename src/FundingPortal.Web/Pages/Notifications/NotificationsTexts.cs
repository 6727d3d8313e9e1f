using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Notifications;

/// <summary>The notifications page (<c>/notifications</c>) and its calendar subscription.</summary>
public sealed class NotificationsTexts : TextSet
{
    public NotificationsTexts()
        : base("Notifications")
    {
        AddSame("Title", "Notifications");
        Add("Intro", "Les messages du portail vous concernant, du plus récent au plus ancien. Ils vous sont aussi envoyés par e-mail, immédiatement ou en un résumé quotidien :",
            "The portal's messages about you, newest first. They are also sent to you by e-mail, immediately or in a daily summary:");
        Add("ChooseInSettings", "choisir dans les paramètres de notification", "choose in the notification settings");
        Add("CalendarTitle", "S'abonner à mes échéances", "Subscribe to my deadlines");
        Add("CalendarIntro", "Ajoutez cette adresse à votre agenda (Outlook, Google Agenda, Thunderbird, Calendrier d'Apple : « s'abonner à un calendrier par URL ») : vos dates limites s'y mettront à jour d'elles-mêmes.",
            "Add this address to your calendar (Outlook, Google Calendar, Thunderbird, Apple Calendar: “subscribe to a calendar by URL”): your deadlines will keep themselves up to date there.");
        Add("CalendarUrl", "Adresse d'abonnement, personnelle", "Subscription address, personal");
        Add("CalendarUrlHint", "Ne la partagez pas : elle donne accès à vos échéances sans mot de passe. Si elle a circulé, changez-la.",
            "Do not share it: it gives access to your deadlines without a password. If it has been passed around, change it.");
        Add("RotateConfirm", "L'adresse actuelle cessera de fonctionner dans les agendas abonnés. Changer d'adresse ?",
            "The current address will stop working in the subscribed calendars. Change the address?");
        Add("Rotate", "Changer d'adresse", "Change the address");
        Add("DownloadOnce", "Télécharger mes échéances une fois (fichier iCalendar)", "Download my deadlines once (iCalendar file)");
        Add("DownloadName", "echeances-pole-ouest.ics", "pole-ouest-deadlines.ics");
        Add("Search", "Rechercher (titre, texte)", "Search (title, text)");
        Add("Empty", "Aucune notification pour le moment.", "No notification yet.");
        Add("New", "Nouveau : {0}", "New: {0}");
        Add("Open", "Ouvrir", "Open");
        Add("MarkRead", "Marquer comme lue", "Mark as read");
        Add("MarkReadLabel", "Marquer comme lue : {0}", "Mark as read: {0}");
        Add("Rotated", "Votre adresse d'abonnement a changé : l'ancienne ne fonctionne plus. Abonnez de nouveau votre agenda avec la nouvelle.",
            "Your subscription address has changed: the old one no longer works. Subscribe your calendar again with the new one.");
        Add("RotateFailed", "L'adresse d'abonnement n'a pas pu être changée : réessayez dans un instant.",
            "The subscription address could not be changed: try again in a moment.");
    }
}
