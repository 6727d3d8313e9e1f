using System.Net;
using System.Text;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Notifications;

/// <summary>
/// The e-mail that carries notifications, in the recipient's language: a plain-text part and a sober HTML twin, the dossier's
/// reference in the subject, a link to the right page and, in the footer, a link to the notification settings.
/// </summary>
public static class NotificationEmail
{
    public static string Greeting => NotificationEmailTexts.French.Greeting;
    public static string Footer => NotificationEmailTexts.French.Footer;

    public static string GreetingIn(string language) => NotificationEmailTexts.For(language).Greeting;

    public static string FooterIn(string language) => NotificationEmailTexts.For(language).Footer;

    /// <summary>In the language the notification was written in (fixed when it was created).</summary>
    public static EmailMessage Compose(Notification notification, string to, string portalUrl)
    {
        var words = NotificationEmailTexts.For(notification.Language);
        var subject = notification.Reference is null ? notification.Title : $"{notification.Title} — {notification.Reference}";
        var body = new Body(portalUrl, words);
        body.Paragraph(notification.Body);
        body.Link(notification.Link, words.OpenInPortal);
        return body.Finish(to, subject);
    }

    /// <summary>One e-mail gathering a day's notifications (daily digest), each with its own link.</summary>
    public static EmailMessage ComposeDigest(IReadOnlyList<Notification> notifications, string language, string to, string portalUrl)
    {
        var words = NotificationEmailTexts.For(language);
        var body = new Body(portalUrl, words);
        body.Paragraph(words.DigestIntro(notifications.Count));
        foreach (var notification in notifications)
        {
            body.Heading(notification.Reference is null ? notification.Title : $"{notification.Title} — {notification.Reference}");
            body.Paragraph(notification.Body);
            body.Link(notification.Link, words.OpenInPortal);
        }

        return body.Finish(to, words.DigestSubject(notifications.Count));
    }

    /// <summary>A manager's announcement about a call, as written (paragraphs kept), with a link to the call.</summary>
    public static EmailMessage ComposeAnnouncement(string subject, string text, string link, string language, string to, string portalUrl)
    {
        var words = NotificationEmailTexts.For(language);
        var body = new Body(portalUrl, words);
        foreach (var paragraph in text.Split(["\r\n\r\n", "\n\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            body.Paragraph(paragraph);
        }

        body.Link(link, words.OpenInPortal);
        return body.Finish(to, subject);
    }

    private sealed class Body(string portalUrl, NotificationEmailTexts words)
    {
        private readonly StringBuilder _text = new($"{words.Greeting}\n\n");
        private readonly StringBuilder _html = new StringBuilder($"<!DOCTYPE html><html lang=\"{words.Language}\"><head><meta charset=\"utf-8\"></head>")
            .Append("<body style=\"font-family: sans-serif; color: #1a1a1a;\">").Append($"<p>{Encode(words.Greeting)}</p>");

        public void Heading(string value)
        {
            _text.Append($"== {value} ==\n");
            _html.Append($"<h2 style=\"font-size: 1.1em;\">{Encode(value)}</h2>");
        }

        public void Paragraph(string value)
        {
            _text.Append($"{value}\n\n");
            _html.Append($"<p>{Encode(value)}</p>");
        }

        public void Link(string? path, string label)
        {
            if (path is null)
            {
                return;
            }

            var url = Absolute(path);
            _text.Append($"{label}{words.Colon}{url}\n\n");
            _html.Append($"<p><a href=\"{Encode(url)}\">{Encode(label)}</a></p>");
        }

        public EmailMessage Finish(string to, string subject)
        {
            var settings = Absolute(PortalLinks.Settings);
            _text.Append($"-- \n{words.Footer}\n{words.SettingsLink}{words.Colon}{settings}\n");
            _html.Append($"<p style=\"color: #555; font-size: 0.9em;\">{Encode(words.Footer)}<br><a href=\"{Encode(settings)}\">{Encode(words.SettingsLink)}</a></p>")
                .Append("</body></html>");
            return new EmailMessage(to, subject, _text.ToString(), _html.ToString(), words.Language);
        }

        private string Absolute(string path) => portalUrl.TrimEnd('/') + path;
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
