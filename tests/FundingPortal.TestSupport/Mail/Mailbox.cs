using System.Text.RegularExpressions;
using MimeKit;

namespace FundingPortal.TestSupport.Mail;

/// <summary>An e-mail as its reader sees it: recipient, subject, text, and the links it carries.</summary>
public sealed partial record ReceivedMail(string To, string Subject, string Text, string Html)
{
    public IReadOnlyList<Uri> Links => UrlPattern().Matches(Text).Select(m => new Uri(m.Value)).ToList();

    /// <summary>Path and query of the first link whose path starts with <paramref name="pathPrefix"/>, to follow on the host under test.</summary>
    public string LinkTo(string pathPrefix) =>
        Links.Select(l => l.PathAndQuery).FirstOrDefault(p => p.StartsWith(pathPrefix, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No link to {pathPrefix} in « {Subject} »:\n{Text}");

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex UrlPattern();
}

/// <summary>
/// The e-mails the application sent, read from its pickup directory (.eml files). Every e-mail assertion goes
/// through here, so moving the tests to an SMTP server of their own changes this class only.
/// </summary>
public sealed class Mailbox(string directory)
{
    public async Task<IReadOnlyList<ReceivedMail>> All()
    {
        var mails = new List<ReceivedMail>();
        if (!Directory.Exists(directory))
        {
            return mails;
        }

        foreach (var file in Directory.GetFiles(directory, "*.eml").Order(StringComparer.Ordinal))
        {
            var message = await MimeMessage.LoadAsync(file);
            mails.Add(new ReceivedMail(string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), message.Subject ?? string.Empty,
                message.TextBody ?? string.Empty, message.HtmlBody ?? string.Empty));
        }

        return mails;
    }

    public async Task<IReadOnlyList<ReceivedMail>> To(string address) =>
        (await All()).Where(m => string.Equals(m.To, address, StringComparison.OrdinalIgnoreCase)).ToList();

    /// <summary>Waits (up to 30 s) for an e-mail to <paramref name="address"/> whose subject contains <paramref name="subjectContains"/>.</summary>
    public async Task<ReceivedMail> WaitFor(string address, string subjectContains)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = (await To(address)).FirstOrDefault(m => m.Subject.Contains(subjectContains, StringComparison.Ordinal));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                var seen = string.Join("\n", (await All()).Select(m => $"{m.To}: {m.Subject}"));
                throw new TimeoutException($"No e-mail to {address} about « {subjectContains} » within 30 s. Seen:\n{seen}");
            }

            await Task.Delay(100);
        }
    }
}
