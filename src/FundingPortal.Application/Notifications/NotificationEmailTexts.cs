namespace FundingPortal.Application.Notifications;

/// <summary>The words around a notification e-mail (greeting, links, footer, daily digest), in French and English.</summary>
public sealed record NotificationEmailTexts(
    string Language,
    string Colon,
    string Greeting,
    string OpenInPortal,
    string Footer,
    string SettingsLink,
    Func<int, string> DigestSubject,
    Func<int, string> DigestIntro)
{
    public static readonly NotificationEmailTexts French = new(
        "fr",
        " : ",
        "Bonjour,",
        "Consulter sur le portail",
        "Ce message vous est envoyé automatiquement par le portail des appels à projets du pôle. Merci de ne pas y répondre.",
        "Choisir quand recevoir ces e-mails (paramètres de notification)",
        n => n == 1 ? "Votre résumé du jour : 1 notification" : $"Votre résumé du jour : {n} notifications",
        n => n == 1 ? "Voici la notification reçue sur le portail depuis le dernier résumé." : $"Voici les {n} notifications reçues sur le portail depuis le dernier résumé.");

    public static readonly NotificationEmailTexts English = new(
        "en",
        ": ",
        "Hello,",
        "Open in the portal",
        "This message was sent automatically by the cluster's calls for proposals portal. Please do not reply.",
        "Choose when you receive these e-mails (notification settings)",
        n => n == 1 ? "Your daily summary: 1 notification" : $"Your daily summary: {n} notifications",
        n => n == 1 ? "Here is the notification you received on the portal since the last summary." : $"Here are the {n} notifications you received on the portal since the last summary.");

    public static NotificationEmailTexts For(string language) => language == "en" ? English : French;
}
