using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>The navigation says in words how many notifications and messages are unread, and stops once they are read.</summary>
[Collection(Collections.Notifications)]
public sealed class UnreadCountTests(MailingApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_navigation_shows_unread_notifications_and_messages_in_words_until_they_are_read()
    {
        var s = await ReviewScenario.Create(factory);
        var api = new ApiClient(factory);
        var (leadClient, leadOrganisation, leadEmail) = await api.NewApplicant("Sme", "FR-BRE");
        var dossier = await s.SubmitDossier("PINSON", ["5G"], lead: new Applicant(leadClient, leadOrganisation));
        var web = await WebSession.SignIn(factory, leadEmail, ApiClient.Password);
        await Until(async () => (await web.Client.GetStringAsync("/appels")).Contains("(1 non lue)", StringComparison.Ordinal));
        Assert.DoesNotContain("message non lu", await web.Client.GetStringAsync("/appels"), StringComparison.Ordinal);

        foreach (var body in new[] { "Merci d'ajouter l'annexe.", "Et l'accord signé." })
        {
            Assert.Equal(HttpStatusCode.Created, (await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages", new { body })).StatusCode);
        }

        await Until(async () => (await web.Client.GetStringAsync("/appels")).Contains("2 messages non lus", StringComparison.Ordinal));
        Assert.Contains("(3 non lues)", await web.Client.GetStringAsync("/appels"), StringComparison.Ordinal);
        var english = await web.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/appels") { Headers = { { "Cookie", "lang=en" } } });
        Assert.Contains("2 unread messages", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        foreach (var notification in (await leadClient.GetItemsAsync("/api/notifications?unreadOnly=true"))!)
        {
            Assert.Equal(HttpStatusCode.NoContent, (await leadClient.PostAsync($"/api/notifications/{notification!["id"]}/read", null)).StatusCode);
        }

        var page = await web.Client.GetStringAsync("/appels");
        Assert.DoesNotContain("non lu", page, StringComparison.Ordinal);
    }

    private static async Task Until(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not shown in time");
            await Task.Delay(100);
        }
    }
}
