using System.Net;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Notifications;

/// <summary>The French e-mail that carries a notification: plain text and a sober HTML twin.</summary>
public static class NotificationEmail
{
    public const string Greeting = "Bonjour,";
    public const string Footer = "Ce message vous est envoyé automatiquement par le portail des appels à projets du pôle. Merci de ne pas y répondre.";

    public static EmailMessage Compose(Notification notification, string to, string portalUrl)
    {
        var link = notification.Link is null ? null : portalUrl.TrimEnd('/') + notification.Link;
        var text = $"{Greeting}\n\n{notification.Body}\n\n"
            + (link is null ? string.Empty : $"Consulter sur le portail : {link}\n\n")
            + $"-- \n{Footer}\n";
        var html = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #1a1a1a;\">"
            + $"<p>{Encode(Greeting)}</p><p>{Encode(notification.Body)}</p>"
            + (link is null ? string.Empty : $"<p><a href=\"{Encode(link)}\">Consulter sur le portail</a></p>")
            + $"<p style=\"color: #555; font-size: 0.9em;\">{Encode(Footer)}</p></body></html>";
        return new EmailMessage(to, notification.Title, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
