using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Notifications;

[Collection(Collections.Notifications)]
public sealed class MessageThreadTests(MailingApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_consortium_and_the_cluster_talk_in_the_thread_and_each_side_is_told_of_the_others_message()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("IBIS", ["5G"]);

        var asked = await dossier.Lab.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages",
            new { body = "Bonjour,\nfaut-il joindre l'accord de consortium signé par tous ?" });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var toManager = await factory.Mail.WaitFor(ApiFactory.ManagerEmail, m => m.Subject == $"Message du consortium : IBIS — {dossier.Reference}");
        EventNotificationTests.AssertWellFormed(toManager, $"/dossiers/{dossier.ProposalId}/messages");
        Assert.Contains("faut-il joindre l'accord de consortium", toManager.Text, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages",
            new { body = "Oui, signé par les trois partenaires." })).StatusCode);
        foreach (var member in new[] { dossier.Lead, dossier.Lab, dossier.Large })
        {
            await factory.Mail.WaitFor(await EventNotificationTests.EmailOf(member.Client), m => m.Subject == $"Message du pôle : IBIS — {dossier.Reference}");
        }

        var thread = (await dossier.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/messages"))!;
        Assert.Equal(2, thread.Count);
        Assert.Equal("Consortium", thread[0]!["author"]!["side"]!.GetValue<string>());
        Assert.Equal("Bonjour,\nfaut-il joindre l'accord de consortium signé par tous ?", thread[0]!["body"]!.GetValue<string>());
        Assert.Equal("Cluster", thread[1]!["author"]!["side"]!.GetValue<string>());
        Assert.Equal(ApiFactory.ManagerEmail, thread[1]!["author"]!["displayName"]!.GetValue<string>());
        Assert.True(thread[0]!["sentAt"]!.GetValue<DateTimeOffset>() <= thread[1]!["sentAt"]!.GetValue<DateTimeOffset>());
        Assert.Null(thread[0]!["correctionRequestId"]);
        Assert.DoesNotContain(await EventNotificationTests.Titles(dossier.Lab.Client), t => t.StartsWith("Message du consortium", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Experts_funders_and_strangers_get_404_and_a_too_long_message_is_a_400_that_writes_nothing()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("JABIRU", ["5G"]);
        var expert = await s.NewExpert("Dr Jabiru", ["5G"]);
        s.Close();
        await s.Assign(dossier, expert);
        var (stranger, _, _) = await s.Api.NewApplicant();
        var path = $"/api/proposals/{dossier.ProposalId}/messages";

        foreach (var outsider in new[] { expert.Client, stranger })
        {
            await ApiClient.AssertProblem(await outsider.GetAsync(path), HttpStatusCode.NotFound, "not_found");
            await ApiClient.AssertProblem(await outsider.PostAsJsonAsync(path, new { body = "Bonjour" }), HttpStatusCode.NotFound, "not_found");
        }

        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsJsonAsync(path, new { body = new string('a', 10_001) }), HttpStatusCode.BadRequest, "message_too_long");
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsJsonAsync(path, new { body = "  " }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(HttpStatusCode.Created, (await dossier.Lead.Client.PostAsJsonAsync(path, new { body = new string('b', 10_000) })).StatusCode);
        Assert.Single((await dossier.Lead.Client.GetFromJsonAsync<JsonArray>(path))!);
    }

    [Fact]
    public async Task The_dossiers_messages_page_shows_the_thread_and_sends_a_message_and_is_404_for_an_expert()
    {
        var s = await ReviewScenario.Create(factory);
        var api = new ApiClient(factory);
        var (leadClient, leadOrganisation, leadEmail) = await api.NewApplicant("Sme", "FR-BRE");
        var dossier = await s.SubmitDossier("KIWI", ["5G"], lead: new Applicant(leadClient, leadOrganisation));
        Assert.Equal(HttpStatusCode.Created, (await s.Manager.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages",
            new { body = "Merci d'ajouter l'annexe financière." })).StatusCode);

        var web = await WebSession.SignIn(factory, leadEmail, ApiClient.Password);
        var path = $"/dossiers/{dossier.ProposalId}/messages";
        var page = await web.Client.GetStringAsync(path);
        Assert.Contains("<h2>Messages du dossier</h2>", page, StringComparison.Ordinal);
        Assert.Contains("Merci d&#x27;ajouter l&#x27;annexe financi", page, StringComparison.Ordinal);

        var sent = await web.PostForm(path, new() { ["Body"] = "C'est fait, voyez la version 2." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Votre message est envoyé.", await web.Client.GetStringAsync(path), StringComparison.Ordinal);
        Assert.Equal(2, (await leadClient.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/messages"))!.Count);

        var tooLong = await web.PostForm(path, new() { ["Body"] = new string('x', 10_001) });
        Assert.Contains("dépasse 10 000 caractères", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var expert = await s.NewExpert("Dr Kiwi", ["5G"]);
        s.Close();
        await s.Assign(dossier, expert);
        var (_, expertEmail, _) = (expert.Client, await EventNotificationTests.EmailOf(expert.Client), 0);
        var expertWeb = await WebSession.SignIn(factory, expertEmail, ApiClient.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await expertWeb.Client.GetAsync(path)).StatusCode);
    }
}
