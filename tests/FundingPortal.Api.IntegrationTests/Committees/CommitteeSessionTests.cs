using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace FundingPortal.Api.IntegrationTests.Committees;

[Collection(Collections.Reviews)]
public sealed class CommitteeSessionTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task The_agenda_is_the_ranking_of_complete_evaluations_with_back_to_back_audition_slots()
    {
        var c = await CommitteeScenario.Create(factory, "AGD");

        var session = await c.Schedule();

        var agenda = session["agenda"]!.AsArray();
        Assert.Equal([c.Top.ProposalId, c.Mid.ProposalId], agenda.Select(a => a!["proposalId"]!.GetValue<Guid>()));
        Assert.Equal("14:00", agenda[0]!["auditionStartsAt"]!["localDateTime"]!.GetValue<DateTime>().ToString("HH:mm"));
        Assert.Equal("14:20", agenda[1]!["auditionStartsAt"]!["localDateTime"]!.GetValue<DateTime>().ToString("HH:mm"));
        Assert.Equal("Europe/Paris", agenda[1]!["auditionEndsAt"]!["timeZone"]!.GetValue<string>());
        Assert.Equal(["Salle du conseil, Rennes", "Scheduled"], new[] { session["location"]!.GetValue<string>(), session["status"]!.GetValue<string>() });
        Assert.Equal([c.ColleagueEmail, "manager@cluster.test"], session["members"]!.AsArray().Select(m => m!["email"]!.GetValue<string>()).Order());

        var id = session["id"]!.GetValue<Guid>();
        var read = await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/committee-sessions/{id}");
        Assert.Equal(2, read!["agenda"]!.AsArray().Count);
        var list = await c.S.Manager.GetItemsAsync($"/api/calls/{c.S.CallId}/committee-sessions");
        var only = Assert.Single(list!)!;
        Assert.Equal((id, 2), (only["id"]!.GetValue<Guid>(), only["agendaCount"]!.GetValue<int>()));

        // The dossiers on this agenda go before no second session; the incomplete one waits for its last review.
        await ApiClient.AssertProblem(await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", c.SessionRequest()),
            HttpStatusCode.UnprocessableEntity, "empty_agenda");
        var history = await c.Top.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.Top.ProposalId}/history");
        Assert.Contains(history!, h => h!["action"]!.GetValue<string>() == "committee_audition_scheduled");
    }

    [Fact]
    public async Task Closing_turns_the_votes_into_labelling_decisions_and_the_minutes_list_members_recusals_and_votes()
    {
        var c = await CommitteeScenario.Create(factory, "VOT");
        var id = (await c.Schedule())["id"]!.GetValue<Guid>();

        var recused = await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/recusals",
            new { userId = c.ColleagueUserId, proposalId = c.Top.ProposalId, reason = "Ancienne salariée du chef de file." });
        Assert.True(recused.StatusCode == HttpStatusCode.OK, await recused.Content.ReadAsStringAsync());
        Assert.Equal(1, (await ApiClient.ReadObject(recused))["agenda"]![0]!["voters"]!.GetValue<int>());

        var tooMany = await c.Vote(id, c.Top, "Labelled", 2);
        await ApiClient.AssertProblem(tooMany, HttpStatusCode.BadRequest, "invalid_vote");
        Assert.Equal(HttpStatusCode.OK, (await c.Vote(id, c.Top, "Labelled", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Vote(id, c.Mid, "Deferred", 0, 1, 1, "Marché à préciser ; à représenter.")).StatusCode);

        var closing = await c.S.Manager.PostAsync($"/api/committee-sessions/{id}/close", null);
        Assert.True(closing.StatusCode == HttpStatusCode.OK, await closing.Content.ReadAsStringAsync());
        Assert.Equal("Closed", (await ApiClient.ReadObject(closing))["status"]!.GetValue<string>());

        var top = await c.Top.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.Top.ProposalId}");
        var mid = await c.Mid.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.Mid.ProposalId}");
        Assert.Equal(("Labelled", "Deferred"), (top!["status"]!.GetValue<string>(), mid!["status"]!.GetValue<string>()));
        var evaluation = await c.Mid.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.Mid.ProposalId}/evaluation");
        Assert.Equal(("Deferred", "Marché à préciser ; à représenter."),
            (evaluation!["decision"]!["outcome"]!.GetValue<string>(), evaluation["decision"]!["motivation"]!.GetValue<string>()));
        var labelled = await c.Top.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.Top.ProposalId}/evaluation");
        Assert.Contains("1 voix pour, 0 contre, 0 abstention", labelled!["decision"]!["motivation"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Matches(@"^LAB-\d{4}-\d{4,}$", labelled["decision"]!["certificateNumber"]!.GetValue<string>());

        var minutes = await ReadyMinutes(c.S.Manager, c.Top.ProposalId);
        var bytes = await c.S.Manager.GetByteArrayAsync($"/api/documents/{minutes["id"]}");
        Assert.Equal(64, minutes["sha256"]!.GetValue<string>().Length);
        using (var pdf = PdfDocument.Open(bytes))
        {
            var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
            Assert.Contains("Procès-verbal du comité de labellisation", text, StringComparison.Ordinal);
            Assert.Contains("manager@cluster.test", text, StringComparison.Ordinal);
            Assert.Contains(c.ColleagueEmail, text, StringComparison.Ordinal);
            Assert.Contains("Ancienne salariée du chef de file.", text, StringComparison.Ordinal);
            Assert.Contains("VOT-TOP", text, StringComparison.Ordinal);
            Assert.Contains("VOT-MID", text, StringComparison.Ordinal);
            Assert.Contains("Labellisé", text, StringComparison.Ordinal);
            Assert.Contains("Ajourné", text, StringComparison.Ordinal);
            Assert.DoesNotContain("VOT-LATE", text, StringComparison.Ordinal);
        }

        using (var english = PdfDocument.Open(await c.S.Manager.GetByteArrayAsync($"/api/documents/{minutes["id"]}?lang=en")))
        {
            var text = string.Join(" ", english.GetPages().Select(p => p.Text));
            Assert.Contains("Minutes of the labelling committee", text, StringComparison.Ordinal);
            Assert.Contains("Recusals", text, StringComparison.Ordinal);
        }

        // The minutes name other dossiers and the members' conflicts: the consortium does not get them.
        var theirs = await c.Top.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.Top.ProposalId}/documents");
        Assert.DoesNotContain(theirs!, d => d!["kind"]!.GetValue<string>() == "CommitteeMinutes");
        Assert.Equal(HttpStatusCode.NotFound, (await c.Top.Lead.Client.GetAsync($"/api/documents/{minutes["id"]}")).StatusCode);

        await ApiClient.AssertProblem(await c.Vote(id, c.Mid, "Labelled", 2), HttpStatusCode.Conflict, "session_closed");
        await ApiClient.AssertProblem(await c.S.Manager.PostAsync($"/api/committee-sessions/{id}/close", null), HttpStatusCode.Conflict, "session_closed");
        var history = await c.Top.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.Top.ProposalId}/history");
        Assert.Equal(["committee_audition_scheduled", "committee_member_recused", "committee_vote_recorded", "labelling_decided"],
            history!.Select(h => h!["action"]!.GetValue<string>()).Where(a => a.StartsWith("committee_", StringComparison.Ordinal) || a == "labelling_decided"));
        Assert.True((await c.Top.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.Top.ProposalId}/history/verify"))!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Bad_input_gets_field_named_errors_and_stable_codes()
    {
        var c = await CommitteeScenario.Create(factory, "ERR");
        var stranger = await c.S.Api.NewUser("stranger");

        var invalid = await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", new
        {
            startsAt = new { localDateTime = "2020-01-01T14:00:00", timeZone = "Europe/Paris" },
            location = " ",
            memberUserIds = new[] { c.ManagerUserId },
            auditionMinutes = 1,
        });
        await ApiClient.AssertProblem(invalid, HttpStatusCode.BadRequest, "validation_failed");
        var fields = (await ApiClient.ReadObject(invalid))["errors"]!.AsObject().Select(e => e.Key).Order().ToList();
        Assert.Equal(["auditionMinutes", "location", "startsAt"], fields);
        var notStaff = await c.S.Manager.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", c.SessionRequest(members: [c.ManagerUserId, stranger.UserId]));
        await ApiClient.AssertProblem(notStaff, HttpStatusCode.BadRequest, "not_committee_member");
        Assert.NotNull((await ApiClient.ReadObject(notStaff))["errors"]!["memberUserIds"]);

        var id = (await c.Schedule())["id"]!.GetValue<Guid>();
        await ApiClient.AssertProblem(await c.Vote(id, c.Late, "Labelled", 1), HttpStatusCode.NotFound, "not_found");
        var missing = await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/votes", new { proposalId = c.Top.ProposalId });
        await ApiClient.AssertProblem(missing, HttpStatusCode.BadRequest, "validation_failed");
        Assert.Equal(["abstentions", "outcome", "votesAgainst", "votesFor"], (await ApiClient.ReadObject(missing))["errors"]!.AsObject().Select(e => e.Key).Order());
        await ApiClient.AssertProblem(await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/recusals",
            new { userId = c.ColleagueUserId, proposalId = c.Top.ProposalId, reason = "" }), HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(HttpStatusCode.OK, (await c.Vote(id, c.Top, "NotLabelled", 0, 2)).StatusCode);
        await ApiClient.AssertProblem(await c.S.Manager.PostAsJsonAsync($"/api/committee-sessions/{id}/recusals",
            new { userId = c.ColleagueUserId, proposalId = c.Top.ProposalId, reason = "Conflit découvert trop tard." }), HttpStatusCode.Conflict, "already_voted");

        var unvoted = await c.S.Manager.PostAsync($"/api/committee-sessions/{id}/close", null);
        await ApiClient.AssertProblem(unvoted, HttpStatusCode.UnprocessableEntity, "votes_missing");
        Assert.Equal([c.Mid.ProposalId], (await ApiClient.ReadObject(unvoted))["proposalIds"]!.AsArray().Select(p => p!.GetValue<Guid>()));

        // A decision taken alone meanwhile: the close refuses as labelling-decision would, and changes nothing.
        Assert.Equal(HttpStatusCode.OK, (await c.S.Decide(c.Mid, "Labelled")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await c.Vote(id, c.Mid, "Deferred", 2)).StatusCode);
        var refused = await c.S.Manager.PostAsync($"/api/committee-sessions/{id}/close", null);
        await ApiClient.AssertProblem(refused, HttpStatusCode.Conflict, "already_decided");
        Assert.Equal(c.Mid.Reference, (await ApiClient.ReadObject(refused))["reference"]!.GetValue<string>());
        var top = await c.Top.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.Top.ProposalId}");
        Assert.Equal("Reviewed", top!["status"]!.GetValue<string>());
        Assert.Equal("Scheduled", (await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/committee-sessions/{id}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Consortium_expert_funder_and_stranger_get_404_for_every_session_operation()
    {
        var c = await CommitteeScenario.Create(factory, "SEC");
        var id = (await c.Schedule())["id"]!.GetValue<Guid>();
        var stranger = (await c.S.Api.NewUser("stranger")).Client;
        var outsiders = new[] { c.Top.Lead.Client, c.Expert.Client, stranger };

        foreach (var client in outsiders)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/committee-sessions/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/calls/{c.S.CallId}/committee-sessions")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/calls/{c.S.CallId}/committee-sessions", c.SessionRequest())).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/committee-sessions/{id}/votes",
                new { proposalId = c.Top.ProposalId, outcome = "Labelled", votesFor = 1, votesAgainst = 0, abstentions = 0 })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/committee-sessions/{id}/recusals",
                new { userId = c.ColleagueUserId, proposalId = c.Top.ProposalId, reason = "Moi." })).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/committee-sessions/{id}/close", null)).StatusCode);
        }

        var session = await c.S.Manager.GetFromJsonAsync<JsonObject>($"/api/committee-sessions/{id}");
        Assert.Empty(session!["recusals"]!.AsArray());
        Assert.All(session["agenda"]!.AsArray(), a => Assert.False(a!["voted"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Each_consortium_is_told_its_audition_slot_by_notification_email_calendar_and_on_its_dossier()
    {
        var c = await CommitteeScenario.Create(factory, "SLOT");
        var session = await c.Schedule();
        var topSlot = session["agenda"]![0]!["auditionStartsAt"]!["utc"]!.GetValue<DateTimeOffset>();

        var email = (await c.Mid.Lab.Client.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        var mail = await c.S.Api.Mailbox.WaitFor(email, "Audition devant le comité de labellisation : SLOT-MID");
        Assert.Contains("14\u00a0h\u00a020", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Salle du conseil, Rennes", mail.Text, StringComparison.Ordinal);
        Assert.Contains("20 minutes", mail.Text, StringComparison.Ordinal);

        JsonArray notifications = [];
        for (var i = 0; i < 100 && !notifications.Any(n => n!["title"]!.GetValue<string>() == "Audition devant le comité de labellisation : SLOT-TOP"); i++)
        {
            await Task.Delay(100);
            notifications = (await c.Top.Lead.Client.GetItemsAsync("/api/notifications"))!;
        }

        var notice = notifications.Single(n => n!["title"]!.GetValue<string>() == "Audition devant le comité de labellisation : SLOT-TOP")!;
        Assert.Contains("14\u00a0h\u00a000", notice["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(notifications, n => n!["title"]!.GetValue<string>().Contains("SLOT-MID", StringComparison.Ordinal));
        var lateNotices = await c.Late.Lead.Client.GetItemsAsync("/api/notifications");
        Assert.DoesNotContain(lateNotices!, n => n!["title"]!.GetValue<string>().StartsWith("Audition", StringComparison.Ordinal));

        var calendar = Ical.Net.Calendar.Load(await c.Top.Lead.Client.GetStringAsync("/api/me/calendar.ics"))!;
        var audition = calendar.Events.Single(e => e.Summary == "Audition devant le comité de labellisation — SLOT-TOP");
        Assert.Equal(topSlot.UtcDateTime, audition.DtStart!.AsUtc);
        var page = await c.Top.Lead.Client.GetStringAsync($"/dossiers/{c.Top.ProposalId}");
        Assert.Contains("Audition devant le comité de labellisation", page, StringComparison.Ordinal);
        Assert.Contains("Salle du conseil, Rennes", page, StringComparison.Ordinal);
    }

    private static async Task<JsonObject> ReadyMinutes(HttpClient manager, Guid proposalId)
    {
        JsonObject? minutes = null;
        for (var i = 0; i < 200 && minutes?["status"]?.GetValue<string>() != "Ready"; i++)
        {
            await Task.Delay(100);
            var documents = await manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{proposalId}/documents");
            minutes = documents!.SingleOrDefault(d => d!["kind"]!.GetValue<string>() == "CommitteeMinutes")?.AsObject();
        }

        Assert.True(minutes?["status"]?.GetValue<string>() == "Ready", minutes?.ToJsonString() ?? "no minutes");
        return minutes!;
    }
}
