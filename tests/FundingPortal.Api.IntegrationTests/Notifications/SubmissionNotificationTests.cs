using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using MimeKit;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>Single-process mode end to end: submit → outbox → dispatcher → consumer → notifications and .eml files.</summary>
[Collection(Collections.CoFunding)]
public sealed class SubmissionNotificationTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Every_consortium_member_gets_a_dossier_recu_notification_and_email_per_submitted_version()
    {
        var consortium = await Consortium.Create(factory);
        await consortium.MakeEligible();
        await Consortium.Expect(consortium.Submit(), HttpStatusCode.OK);

        var members = new[] { consortium.Lead, consortium.Lab, consortium.Large };
        foreach (var member in members)
        {
            var received = await WaitForDossierRecu(member, 1);
            Assert.Equal("Dossier reçu : OCÉAN-5G (version 1)", received[0]!["title"]!.GetValue<string>());
            Assert.Contains("a bien été reçu", received[0]!["body"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal($"/dossiers/{consortium.ProposalId}", received[0]!["link"]!.GetValue<string>());
            Assert.Null(received[0]!["readAt"]);
        }

        await Consortium.Expect(consortium.Submit(), HttpStatusCode.OK);
        var afterSecond = await WaitForDossierRecu(consortium.Lab, 2);
        Assert.Equal("Dossier reçu : OCÉAN-5G (version 2)", afterSecond[0]!["title"]!.GetValue<string>());

        // The folder also holds the members' e-mail confirmation messages, sent at sign-up.
        var mails = await WaitForMails(m => m.Subject?.StartsWith("Dossier reçu", StringComparison.Ordinal) == true, 6);
        var subjects = mails.Select(m => m.Subject).Order(StringComparer.Ordinal).ToList();
        // The subject ends with the dossier's reference (FP-2026-0001).
        Assert.Equal(3, subjects.Count(s => s!.StartsWith("Dossier reçu : OCÉAN-5G (version 1) — FP-", StringComparison.Ordinal)));
        Assert.Equal(3, subjects.Count(s => s!.StartsWith("Dossier reçu : OCÉAN-5G (version 2) — FP-", StringComparison.Ordinal)));
        Assert.All(mails, m => Assert.StartsWith("Bonjour,", m.TextBody, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notifications_are_private_newest_first_and_can_be_marked_read()
    {
        var consortium = await Consortium.Create(factory);
        await consortium.MakeEligible();
        await Consortium.Expect(consortium.Submit(), HttpStatusCode.OK);
        // The second version a minute after the first was announced: both submits' messages in one outbox batch would be
        // consumed side by side, and two notifications made at the same instant have no newest.
        await WaitForDossierRecu(consortium.Lead, 1);
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Consortium.Expect(consortium.Submit(), HttpStatusCode.OK);
        var mine = await WaitForDossierRecu(consortium.Lead, 2);
        Assert.EndsWith("(version 2)", mine[0]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.EndsWith("(version 1)", mine[1]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        var id = mine[0]!["id"]!.GetValue<Guid>();

        var (stranger, _, _) = await _api.NewUser("stranger");
        Assert.Empty(await stranger.GetItemsAsync("/api/notifications") ?? []);
        await ApiClient.AssertProblem(await stranger.PostAsync($"/api/notifications/{id}/read", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await _api.Anonymous().GetAsync("/api/notifications"), HttpStatusCode.Unauthorized, "unauthenticated");

        Assert.Equal(HttpStatusCode.NoContent, (await consortium.Lead.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await consortium.Lead.PostAsync($"/api/notifications/{id}/read", null)).StatusCode);
        var after = await consortium.Lead.GetItemsAsync("/api/notifications");
        Assert.NotNull(after!.Single(n => n!["id"]!.GetValue<Guid>() == id)!["readAt"]);
        var unread = await consortium.Lead.GetItemsAsync("/api/notifications?unreadOnly=true");
        Assert.DoesNotContain(unread!, n => n!["id"]!.GetValue<Guid>() == id);
    }

    private static async Task<JsonArray> WaitForDossierRecu(HttpClient member, int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var all = await member.GetItemsAsync("/api/notifications") ?? [];
            var received = new JsonArray(all.Where(n => n!["title"]!.GetValue<string>().StartsWith("Dossier reçu", StringComparison.Ordinal))
                .Select(n => n!.DeepClone()).ToArray());
            if (received.Count >= count || DateTime.UtcNow > deadline)
            {
                Assert.Equal(count, received.Count);
                return received;
            }

            await Task.Delay(100);
        }
    }

    private async Task<List<MimeMessage>> WaitForMails(Func<MimeMessage, bool> which, int atLeast)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var files = Directory.Exists(factory.MailDirectory) ? Directory.GetFiles(factory.MailDirectory, "*.eml") : [];
            var messages = new List<MimeMessage>();
            foreach (var file in files)
            {
                messages.Add(await MimeMessage.LoadAsync(file));
            }

            messages = messages.Where(which).ToList();
            if (messages.Count >= atLeast || DateTime.UtcNow > deadline)
            {
                return messages;
            }

            await Task.Delay(100);
        }
    }
}
