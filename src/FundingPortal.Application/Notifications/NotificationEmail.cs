using System.Net;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Notifications;

/// <summary>The e-mail that carries a notification, in the recipient's language: plain text and a sober HTML twin.</summary>
public static class NotificationEmail
{
    public const string Greeting = "Bonjour,";
    public const string Footer = "Ce message vous est envoyé automatiquement par le portail des appels à projets du pôle. Merci de ne pas y répondre.";

    public static string GreetingIn(string language) => language == Languages.English ? "Hello," : Greeting;

    public static string FooterIn(string language) => language == Languages.English
        ? "This message is sent automatically by the cluster's calls-for-projects portal. Please do not reply to it."
        : Footer;

    public static EmailMessage Compose(Notification notification, string to, string portalUrl, string language = Languages.French)
    {
        var greeting = GreetingIn(language);
        var footer = FooterIn(language);
        var open = language == Languages.English ? "Open in the portal" : "Consulter sur le portail";
        var link = notification.Link is null ? null : portalUrl.TrimEnd('/') + notification.Link;
        var text = $"{greeting}\n\n{notification.Body}\n\n"
            + (link is null ? string.Empty : $"{open}{(language == Languages.English ? ":" : " :")} {link}\n\n")
            + $"-- \n{footer}\n";
        var html = $"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\"></head>"
            + "<body style=\"font-family: sans-serif; color: #1a1a1a;\">"
            + $"<p>{Encode(greeting)}</p><p>{Encode(notification.Body)}</p>"
            + (link is null ? string.Empty : $"<p><a href=\"{Encode(link)}\">{Encode(open)}</a></p>")
            + $"<p style=\"color: #555; font-size: 0.9em;\">{Encode(footer)}</p></body></html>";
        return new EmailMessage(to, notification.Title, text, html);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
