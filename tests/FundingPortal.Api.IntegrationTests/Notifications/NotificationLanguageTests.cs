using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using MimeKit;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>Notifications and their e-mails follow each recipient's language setting (issue 18).</summary>
[Collection(Collections.CoFunding)]
public sealed class NotificationLanguageTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task A_member_who_chose_English_gets_the_notification_and_its_e_mail_in_English_the_others_in_French()
    {
        var consortium = await Consortium.Create(factory);
        await consortium.MakeEligible();
        Assert.Equal(HttpStatusCode.OK, (await consortium.Lab.PutAsJsonAsync("/api/me/settings", new { language = "en", emailFrequency = "Immediate" })).StatusCode);
        await Consortium.Expect(consortium.Submit(), HttpStatusCode.OK);

        var english = await WaitFor(consortium.Lab, "Dossier received");
        Assert.Equal("Dossier received: OCÉAN-5G (version 1)", english["title"]!.GetValue<string>());
        Assert.Contains("(Paris time)", english["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("Dossier reçu : OCÉAN-5G (version 1)", (await WaitFor(consortium.Lead, "Dossier reçu"))["title"]!.GetValue<string>());

        var labEmail = (await consortium.Lab.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        var mail = Assert.Single(await WaitForMails(m => (m.Subject ?? "").StartsWith("Dossier received: OCÉAN-5G (version 1) — FP-", StringComparison.Ordinal)
            && m.To.Mailboxes.Any(a => a.Address == labEmail), 1));
        Assert.StartsWith("Hello,", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Open in the portal", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Bonjour", mail.TextBody, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> WaitFor(HttpClient member, string titleStart)
    {
        for (var i = 0; i < 300; i++)
        {
            var all = await member.GetItemsAsync("/api/notifications") ?? [];
            if (all.FirstOrDefault(n => n!["title"]!.GetValue<string>().StartsWith(titleStart, StringComparison.Ordinal)) is JsonObject found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"no notification starting with {titleStart}");
    }

    private async Task<List<MimeMessage>> WaitForMails(Func<MimeMessage, bool> which, int atLeast)
    {
        for (var i = 0; i < 300; i++)
        {
            var files = Directory.Exists(factory.MailDirectory) ? Directory.GetFiles(factory.MailDirectory, "*.eml") : [];
            var messages = new List<MimeMessage>();
            foreach (var file in files)
            {
                messages.Add(await MimeMessage.LoadAsync(file));
            }

            if (messages.Where(which).ToList() is { } found && found.Count >= atLeast)
            {
                return found;
            }

            await Task.Delay(100);
        }

        return [];
    }
}
