using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Committees;

/// <summary>External committee members: named only by an invitation they accept, reading only the sessions they sit on, recused by the conflict rules.</summary>
[Collection(Collections.Reviews)]
public sealed class CommitteeMemberTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task An_outside_person_sits_on_the_committee_only_after_accepting_the_invitation_to_the_call()
    {
        var c = await CommitteeScenario.Create(factory, "INV");
        var (industry, email, industryId) = await c.S.Api.NewUser("industrie");

        // Not yet invited: neither the session nor the roles endpoint enrols anyone without their yes.
        var refused = await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", c.SessionRequest(members: [c.ManagerUserId, industryId]));
        await ApiClient.AssertProblem(refused, HttpStatusCode.BadRequest, "not_committee_member");
        Assert.Contains("accepté l'invitation", (await ApiClient.ReadObject(refused))["errors"]!["memberUserIds"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        await ApiClient.AssertProblem(await c.S.Manager.PutAsJsonAsync($"/api/admin/users/{industryId}/roles", new { roles = new[] { "CommitteeMember" } }),
            HttpStatusCode.BadRequest, "consent_required");

        var invited = await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-invitations", new { email });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var invitationId = (await ApiClient.ReadObject(invited))["id"]!.GetValue<Guid>();
        var mail = await c.S.Api.Mailbox.WaitFor(email, "Invitation à siéger au comité de labellisation");
        Assert.Contains("rien ne se fera sans votre accord", mail.Text, StringComparison.Ordinal);
        var pending = await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{c.S.CallId}/committee-members");
        Assert.Equal(email, Assert.Single(pending!["pending"]!.AsArray())!["email"]!.GetValue<string>());

        var mine = Assert.Single((await industry.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!)!;
        Assert.Equal(("Committee", c.S.CallId), (mine["kind"]!.GetValue<string>(), mine["callId"]!.GetValue<Guid>()));
        Assert.False(string.IsNullOrEmpty(mine["callTitle"]!.GetValue<string>()));
        Assert.Empty((await industry.GetItemsAsync("/api/me/committee-sessions"))!);

        var accepted = await industry.PostAsync($"/api/invitations/{invitationId}/accept", null);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        Assert.Equal(c.S.CallId, (await ApiClient.ReadObject(accepted))["callId"]!.GetValue<Guid>());
        Assert.Contains("CommitteeMember", (await industry.GetFromJsonAsync<JsonObject>("/api/me"))!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        var committee = await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/calls/{c.S.CallId}/committee-members");
        Assert.Empty(committee!["pending"]!.AsArray());
        Assert.Contains(committee["members"]!.AsArray(), m => m!["userId"]!.GetValue<Guid>() == industryId && m["external"]!.GetValue<bool>());

        // A person who declines stays out.
        var (declining, decliningEmail, decliningId) = await c.S.Api.NewUser("financeur");
        var second = await ApiClient.ReadObject(await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-invitations", new { email = decliningEmail }));
        Assert.Equal(HttpStatusCode.NoContent, (await declining.PostAsync($"/api/invitations/{second["id"]}/decline", null)).StatusCode);
        await ApiClient.AssertProblem(
            await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", c.SessionRequest(members: [c.ManagerUserId, industryId, decliningId])),
            HttpStatusCode.BadRequest, "not_committee_member");

        var session = await ApiClient.ReadObject(await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions",
            c.SessionRequest(members: [c.ManagerUserId, industryId])));
        var id = session["id"]!.GetValue<Guid>();
        Assert.Contains(session["members"]!.AsArray(), m => m!["email"]!.GetValue<string>() == email);

        // The member reads the session and its evaluations, read only; nothing of another call, no vote, no close.
        var read = await industry.GetFromJsonAsync<JsonObject>($"/api/committee-sessions/{id}");
        Assert.Equal([c.Top.ProposalId, c.Mid.ProposalId], read!["agenda"]!.AsArray().Select(a => a!["proposalId"]!.GetValue<Guid>()));
        var listed = Assert.Single((await industry.GetItemsAsync("/api/me/committee-sessions"))!)!;
        Assert.Equal((id, 2), (listed["id"]!.GetValue<Guid>(), listed["agendaCount"]!.GetValue<int>()));
        var evaluation = await industry.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Top.ProposalId}/evaluation");
        Assert.True(evaluation.StatusCode == HttpStatusCode.OK, await evaluation.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Dr Alpha", await evaluation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await industry.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Late.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await industry.PostAsJsonAsync($"/api/committee-sessions/{id}/votes",
            new { proposalId = c.Top.ProposalId, outcome = "Labelled", votesFor = 1, votesAgainst = 0, abstentions = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await industry.PostAsync($"/api/committee-sessions/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await industry.GetAsync($"/api/calls/{c.S.CallId}/committee-sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await industry.GetAsync($"/api/proposals/{c.Top.ProposalId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await industry.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-invitations", new { email = "x@example.test" })).StatusCode);

        // Whoever is not on this session's list sees nothing of it.
        Assert.Equal(HttpStatusCode.NotFound, (await declining.GetAsync($"/api/committee-sessions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await declining.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Top.ProposalId}/evaluation")).StatusCode);
    }

    [Fact]
    public async Task A_member_affiliated_with_a_partner_is_recused_on_scheduling_and_on_joining_and_cannot_see_that_dossier()
    {
        var c = await CommitteeScenario.Create(factory, "COI");
        var topLeadId = (await c.Top.Lead.Client.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>();
        var midLabId = (await c.Mid.Lab.Client.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>();
        await Join(c, c.Top.Lead.Client);
        await Join(c, c.Mid.Lab.Client);

        var session = await ApiClient.ReadObject(await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions",
            c.SessionRequest(members: [c.ManagerUserId, c.ColleagueUserId, topLeadId])));
        var id = session["id"]!.GetValue<Guid>();
        var recusal = Assert.Single(session["recusals"]!.AsArray())!;
        Assert.Equal((topLeadId, c.Top.ProposalId, true), (recusal["userId"]!.GetValue<Guid>(), recusal["proposalId"]!.GetValue<Guid>(), recusal["detected"]!.GetValue<bool>()));
        Assert.StartsWith("conflit détecté : rattachement", recusal["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal([2, 3], session["agenda"]!.AsArray().Select(a => a!["voters"]!.GetValue<int>()));

        // During the session the recused member does not see that dossier: not in the agenda, 404 on its evaluation.
        var theirs = await c.Top.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/committee-sessions/{id}");
        Assert.Equal([c.Mid.ProposalId], theirs!["agenda"]!.AsArray().Select(a => a!["proposalId"]!.GetValue<Guid>()));
        Assert.Single(theirs["recusals"]!.AsArray());
        Assert.Equal(1, Assert.Single((await c.Top.Lead.Client.GetItemsAsync("/api/me/committee-sessions"))!)!["agendaCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, (await c.Top.Lead.Client.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Top.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Top.Lead.Client.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Mid.ProposalId}/evaluation")).StatusCode);

        // A member added later goes through the same rules.
        var joined = await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/members", new { userId = midLabId });
        Assert.True(joined.StatusCode == HttpStatusCode.OK, await joined.Content.ReadAsStringAsync());
        var recusals = (await ApiClient.ReadObject(joined))["recusals"]!.AsArray();
        Assert.Contains(recusals, r => r!["userId"]!.GetValue<Guid>() == midLabId && r["proposalId"]!.GetValue<Guid>() == c.Mid.ProposalId && r["detected"]!.GetValue<bool>());
        var (_, _, strangerId) = await c.S.Api.NewUser("stranger");
        await ApiClient.AssertProblem(await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/members", new { userId = strangerId }),
            HttpStatusCode.BadRequest, "not_committee_member");
        var history = await c.Top.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.Top.ProposalId}/history");
        Assert.Contains(history!, h => h!["action"]!.GetValue<string>() == "committee_member_recused");

        // A manager who leaves the room for a dossier loses its evaluation until the session closes.
        Assert.Equal(HttpStatusCode.OK, (await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/recusals",
            new { userId = c.ColleagueUserId, proposalId = c.Mid.ProposalId, reason = "Ancien administrateur d'un partenaire." })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Colleague.GetAsync($"/api/proposals/{c.Mid.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Colleague.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Mid.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Colleague.GetAsync($"/api/proposals/{c.Top.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Vote(id, c.Top, "Labelled", 2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Vote(id, c.Mid, "Labelled", 2)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.S.Manager.PostAsync($"/api/committee-sessions/{id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Colleague.GetAsync($"/api/proposals/{c.Mid.ProposalId}/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await c.Mid.Lab.Client.GetAsync($"/api/committee-sessions/{id}/agenda/{c.Top.ProposalId}/evaluation")).StatusCode);
    }

    private static async Task Join(CommitteeScenario c, HttpClient person)
    {
        var email = (await person.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        var invitation = await ApiClient.ReadObject(await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-invitations", new { email }));
        var accepted = await person.PostAsync($"/api/invitations/{invitation["id"]}/accept", null);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
    }
}
