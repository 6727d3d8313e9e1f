using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The notification settings page (<c>/compte/parametres</c>).</summary>
public sealed class NotificationSettingsTexts : TextSet
{
    public NotificationSettingsTexts()
        : base("NotificationSettings")
    {
        Add("Title", "Paramètres de notification", "Notification settings");
        Add("Intro", "Toutes vos notifications restent consultables sur la page « Notifications ». Choisissez ici la langue du portail et de vos e-mails, et quand les recevoir.",
            "All your notifications remain available on the “Notifications” page. Choose here the language of the portal and of your e-mails, and when you receive them.");
        Add("LanguageLegend", "Langue du portail et des e-mails", "Language of the portal and e-mails");
        Add("French", "Français", "Français (French)");
        Add("English", "English (anglais)", "English");
        Add("FrequencyLegend", "Recevoir les notifications par e-mail", "Receive notifications by e-mail");
        Add("Immediate", "Immédiatement", "Immediately");
        Add("ImmediateHint", "Un e-mail pour chaque notification, dès qu'elle arrive.", "One e-mail for each notification, as soon as it arrives.");
        Add("DailyDigest", "Un résumé par jour", "One summary a day");
        Add("DailyDigestHint", "Un seul e-mail chaque matin à 8 h 00 (heure de Paris), qui reprend les notifications de la veille.",
            "A single e-mail each morning at 8:00 am (Paris time) covering the previous day's notifications.");
        Add("Off", "Jamais", "Never");
        Add("OffHint", "Aucun e-mail : les notifications restent visibles sur le portail.", "No e-mail: notifications stay visible on the portal.");
        Add("Save", "Enregistrer", "Save");
        Add("Saved", "Vos paramètres de notification sont enregistrés.", "Your notification settings are saved.");
        Add("Invalid", "Choisissez une langue et une fréquence dans les listes proposées.", "Choose a language and a frequency from the lists offered.");
    }
}
