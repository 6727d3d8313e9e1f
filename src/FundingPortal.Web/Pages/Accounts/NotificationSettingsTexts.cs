namespace FundingPortal.Web.Pages.Accounts;

/// <summary>The texts of the notification settings page, French and English together (the page speaks the person's chosen language).</summary>
public sealed record NotificationSettingsTexts(
    string Title,
    string Intro,
    string LanguageLegend,
    string French,
    string English,
    string FrequencyLegend,
    string Immediate,
    string ImmediateHint,
    string DailyDigest,
    string DailyDigestHint,
    string Off,
    string OffHint,
    string Save,
    string Saved,
    string Invalid)
{
    public static readonly NotificationSettingsTexts Fr = new(
        "Paramètres de notification",
        "Toutes vos notifications restent consultables sur la page « Notifications ». Choisissez ici la langue de vos e-mails et quand les recevoir.",
        "Langue des e-mails",
        "Français",
        "English (anglais)",
        "Recevoir les notifications par e-mail",
        "Immédiatement",
        "Un e-mail pour chaque notification, dès qu'elle arrive.",
        "Un résumé par jour",
        "Un seul e-mail chaque matin à 8 h 00 (heure de Paris), qui reprend les notifications de la veille.",
        "Jamais",
        "Aucun e-mail : les notifications restent visibles sur le portail.",
        "Enregistrer",
        "Vos paramètres de notification sont enregistrés.",
        "Choisissez une langue et une fréquence dans les listes proposées.");

    public static readonly NotificationSettingsTexts En = new(
        "Notification settings",
        "All your notifications remain available on the \"Notifications\" page. Choose here the language of your e-mails and when you receive them.",
        "Language of e-mails",
        "Français (French)",
        "English",
        "Receive notifications by e-mail",
        "Immediately",
        "One e-mail for each notification, as soon as it arrives.",
        "One summary a day",
        "A single e-mail each morning at 8:00 (Paris time) covering the previous day's notifications.",
        "Never",
        "No e-mail: notifications stay visible on the portal.",
        "Save",
        "Your notification settings are saved.",
        "Choose a language and a frequency from the lists offered.");

    public static NotificationSettingsTexts For(string language) => language == "en" ? En : Fr;
}
