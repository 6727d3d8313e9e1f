using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Consent;

[Collection(Collections.Consent)]
public sealed class JoinRequestTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Someone_whose_company_exists_asks_to_join_members_hear_of_it_and_one_approves()
    {
        var siren = TestSirens.Next();
        var (member, memberEmail, _) = await _api.NewUser("member");
        var created = await member.PostAsJsonAsync("/api/organisations", new { name = "Atlantique Logiciels", siren, category = "MidCap", region = "FR-PDL" });
        var organisationId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();

        var (newcomer, newcomerEmail, _) = await _api.NewUser("newcomer");
        var taken = await newcomer.PostAsJsonAsync("/api/organisations", new { name = "Atlantique Logiciels SA", siren, category = "MidCap", region = "FR-PDL" });
        await ApiClient.AssertProblem(taken, HttpStatusCode.Conflict, "organisation_exists");
        Assert.Equal(organisationId, (await ApiClient.ReadObject(taken))["organisationId"]!.GetValue<Guid>());

        var asked = await newcomer.PostAsJsonAsync($"/api/organisations/{organisationId}/join-requests", new { message = "Service R&D, équipe radio." });
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var requestId = (await ApiClient.ReadObject(asked))["id"]!.GetValue<Guid>();
        Assert.Equal(requestId, (await ApiClient.ReadObject(await newcomer.PostAsJsonAsync($"/api/organisations/{organisationId}/join-requests", new { })))["id"]!.GetValue<Guid>());

        var mail = await _api.Mailbox.WaitFor(memberEmail, "Demande d'adhésion à Atlantique Logiciels");
        Assert.Contains(newcomerEmail, mail.Text, StringComparison.Ordinal);
        Assert.Contains("Service R&D, équipe radio.", mail.Text, StringComparison.Ordinal);
        var notifications = await member.GetItemsAsync("/api/notifications");
        Assert.Contains(notifications!, n => n!["title"]!.GetValue<string>() == "Demande d'adhésion à Atlantique Logiciels");

        var pending = Assert.Single((await member.GetFromJsonAsync<JsonArray>($"/api/organisations/{organisationId}/join-requests"))!)!;
        Assert.Equal(newcomerEmail, pending["email"]!.GetValue<string>());
        Assert.True(pending["emailConfirmed"]!.GetValue<bool>());

        var (stranger, _, _) = await _api.NewApplicant();
        await ApiClient.AssertProblem(await stranger.PostAsync($"/api/join-requests/{requestId}/approve", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await newcomer.PostAsync($"/api/join-requests/{requestId}/approve", null), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/organisations/{organisationId}/join-requests"), HttpStatusCode.NotFound, "not_found");

        var approved = await member.PostAsync($"/api/join-requests/{requestId}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Approved", (await ApiClient.ReadObject(approved))["status"]!.GetValue<string>());
        var me = await newcomer.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(organisationId, me!["organisationId"]!.GetValue<Guid>());
        Assert.Contains("Applicant", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        await _api.Mailbox.WaitFor(newcomerEmail, "Vous avez rejoint Atlantique Logiciels");
        await ApiClient.AssertProblem(await member.PostAsync($"/api/join-requests/{requestId}/reject", null), HttpStatusCode.Conflict, "join_request_decided");
    }

    [Fact]
    public async Task A_rejected_request_changes_nothing_and_members_cannot_ask_to_join_elsewhere()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var (newcomer, newcomerEmail, _) = await _api.NewUser("newcomer");
        var requestId = (await ApiClient.ReadObject(await newcomer.PostAsJsonAsync($"/api/organisations/{organisationId}/join-requests", new { message = (string?)null })))["id"]!
            .GetValue<Guid>();

        var rejected = await member.PostAsync($"/api/join-requests/{requestId}/reject", null);
        Assert.Equal("Rejected", (await ApiClient.ReadObject(rejected))["status"]!.GetValue<string>());
        Assert.Null((await newcomer.GetFromJsonAsync<JsonObject>("/api/me"))!["organisationId"]?.GetValue<Guid?>());
        await _api.Mailbox.WaitFor(newcomerEmail, "refusée");
        var mine = Assert.Single((await newcomer.GetFromJsonAsync<JsonArray>("/api/me/join-requests"))!)!;
        Assert.Equal("Rejected", mine["status"]!.GetValue<string>());

        await ApiClient.AssertProblem(await member.PostAsJsonAsync($"/api/organisations/{organisationId}/join-requests", new { }), HttpStatusCode.Conflict, "already_member");
        await ApiClient.AssertProblem(await newcomer.PostAsJsonAsync($"/api/organisations/{Guid.NewGuid()}/join-requests", new { }), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await newcomer.PostAsJsonAsync($"/api/organisations/{organisationId}/join-requests", new { message = new string('x', 1001) }),
            HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Approving_someone_who_joined_another_organisation_meanwhile_is_a_409()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var (newcomer, _, _) = await _api.NewUser("newcomer");
        var requestId = (await ApiClient.ReadObject(await newcomer.PostAsJsonAsync($"/api/organisations/{organisationId}/join-requests", new { })))["id"]!.GetValue<Guid>();
        Assert.Equal(HttpStatusCode.Created, (await newcomer.PostAsJsonAsync("/api/organisations",
            new { name = "Ailleurs SAS", siren = TestSirens.Next(), category = "Sme", region = "FR-BRE" })).StatusCode);

        await ApiClient.AssertProblem(await member.PostAsync($"/api/join-requests/{requestId}/approve", null), HttpStatusCode.Conflict, "already_member_elsewhere");
        var pending = await member.GetFromJsonAsync<JsonArray>($"/api/organisations/{organisationId}/join-requests");
        Assert.Single(pending!);
    }
}
