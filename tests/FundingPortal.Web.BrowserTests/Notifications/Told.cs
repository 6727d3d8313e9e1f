using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MimeKit;

namespace FundingPortal.Web.BrowserTests.Notifications;

/// <summary>What a person who was told something finds: the unread counts in the navigation, the notification, the e-mail.</summary>
internal static class Told
{
    /// <summary>The navigation says, in words, how many notifications and messages are unread (no message line when none).</summary>
    public static async Task SeesUnreadCounts(IPage page, int notifications, int messages, string language = "fr")
    {
        await page.GotoAsync("/");
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = language == "en" ? "Main navigation" : "Navigation principale" });
        var count = language == "en" ? $"({notifications} unread)"
            : notifications == 1 ? "(1 non lue)" : $"({notifications} non lues)";
        await Assertions.Expect(navigation.Locator(".unread-count")).ToHaveTextAsync(count);
        var unreadMessages = navigation.Locator(".unread-messages");
        if (messages == 0)
        {
            await Assertions.Expect(unreadMessages).ToHaveCountAsync(0);
            return;
        }

        await Assertions.Expect(unreadMessages).ToHaveTextAsync(language == "en"
            ? messages == 1 ? "1 unread message" : $"{messages} unread messages"
            : messages == 1 ? "1 message non lu" : $"{messages} messages non lus");
    }

    /// <summary>Opens the notifications page from the navigation; the notification titled <paramref name="title"/> is there, unread.</summary>
    public static async Task<ILocator> SeesNotification(IPage page, string title, string language = "fr")
    {
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = language == "en" ? "Main navigation" : "Navigation principale" });
        if (!page.Url.EndsWith("/notifications", StringComparison.Ordinal))
        {
            await navigation.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Notifications") }).ClickAsync();
        }

        var item = page.Locator(".notifications li.unread").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = (language == "en" ? "New: " : "Nouveau : ") + title }) });
        await Assertions.Expect(item).ToHaveCountAsync(1);
        return item;
    }

    /// <summary>
    /// The e-mail as the SMTP server received it: the subject ends with the dossier's reference, it is written in the
    /// person's language (both parts), and it links to <paramref name="path"/> and, in its footer, to the settings.
    /// </summary>
    public static async Task<Uri> ReceivesEmail(SmtpTestServer mail, string address, string subject, string reference, string path, string language = "fr")
    {
        var email = await mail.WaitFor(address, m => m.Subject == $"{subject} — {reference}", TimeSpan.FromSeconds(30));
        Assert.Equal(language, email.Message.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.StartsWith(language == "en" ? "Hello," : "Bonjour,", email.Text, StringComparison.Ordinal);
        Assert.Contains($"<html lang=\"{language}\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(email.Links, l => l.AbsolutePath == "/compte/parametres");
        Assert.Single(mail.To(address), m => m.Subject == email.Subject);
        return email.LinkTo(path);
    }
}
