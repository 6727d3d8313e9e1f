using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;

namespace FundingPortal.Api.IntegrationTests.Reviews;

/// <summary>A deferred or not-labelled dossier reworked for a later call, without retyping or uploading anything again.</summary>
[Collection(Collections.Reviews)]
public sealed class CarryOverTests(ApiFactory factory) : PortalTest(factory)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task A_deferred_dossier_becomes_a_draft_of_a_later_call_with_its_project_consortium_budgets_and_files_linked_both_ways()
    {
        var (s, dossier, annex) = await Decided("Deferred");
        var later = await LaterCall(s, days: 90);

        var response = await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = later });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var draft = await ApiClient.ReadObject(response);
        var draftId = draft["id"]!.GetValue<Guid>();
        Assert.Equal($"/api/proposals/{draftId}", response.Headers.Location!.OriginalString);
        Assert.Equal(("Draft", later, dossier.ProposalId), (draft["status"]!.GetValue<string>(), draft["callId"]!.GetValue<Guid>(), draft["carriedFrom"]!.GetValue<Guid>()));
        Assert.NotEqual(dossier.Reference, draft["reference"]!.GetValue<string>());

        var source = (await dossier.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!;
        Assert.Equal(("Deferred", draftId), (source["status"]!.GetValue<string>(), source["carriedTo"]!.GetValue<Guid>()));
        Assert.Equal(source["acronym"]!.GetValue<string>(), draft["acronym"]!.GetValue<string>());
        Assert.Equal(source["title"]!.GetValue<string>(), draft["title"]!.GetValue<string>());
        Assert.Equal(Budgets(source), Budgets(draft));
        Assert.Equal(3, draft["partners"]!.AsArray().Count);

        var copied = Assert.Single(draft["attachments"]!.AsArray())!;
        Assert.Equal((annex.Sha256, "annexe-technique.pdf"), (copied["sha256"]!.GetValue<string>(), copied["fileName"]!.GetValue<string>()));
        var bytes = await dossier.Lead.Client.GetByteArrayAsync($"/api/proposals/{draftId}/attachments/{copied["id"]!.GetValue<Guid>()}");
        Assert.Equal(annex.Bytes, bytes);

        // Partners see the new draft too; both histories say what happened and still verify.
        Assert.Equal(HttpStatusCode.OK, (await dossier.Lab.Client.GetAsync($"/api/proposals/{draftId}")).StatusCode);
        var history = await dossier.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/history");
        Assert.Contains(history!, h => h!["action"]!.GetValue<string>() == "proposal_carried_over");
        foreach (var id in new[] { dossier.ProposalId, draftId })
        {
            Assert.True((await dossier.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{id}/history/verify"))!["valid"]!.GetValue<bool>());
        }

        // The draft is a real draft of the later call: editable, submittable as any other.
        var edited = await dossier.Lead.Client.PutAsJsonAsync($"/api/proposals/{draftId}/partners/{dossier.Lead.OrganisationId}/budget",
            new { personnel = 510_000m, overheads = 51_000m });
        Assert.True(edited.StatusCode == HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = later }),
            HttpStatusCode.Conflict, "already_carried_over");
    }

    [Fact]
    public async Task Only_the_lead_carries_over_a_deferred_or_not_labelled_dossier_to_another_open_call()
    {
        var (s, dossier, _) = await Decided("NotLabelled");
        var closing = await LaterCall(s, days: 40);
        var later = await LaterCall(s, days: 90);

        var same = await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = s.CallId });
        await ApiClient.AssertProblem(same, HttpStatusCode.Conflict, "same_call");
        Assert.Contains("un autre appel", (await ApiClient.ReadObject(same))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await dossier.Lab.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = later })).StatusCode);
        var stranger = await s.NewApplicant("Sme", "FR-BRE");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = later })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = Guid.NewGuid() })).StatusCode);

        var draft = await ApiClient.ReadObject(await dossier.Lead.Client.PostAsJsonAsync($"/api/calls/{later}/proposals", new
        {
            acronym = "ENCOURS", title = "Un brouillon", summary = "Pas encore décidé.", keywords = new[] { "IA" }, trlStart = 4, trlTarget = 7, durationMonths = 24,
        }));
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{draft["id"]}/carry-over", new { callId = closing }),
            HttpStatusCode.Conflict, "invalid_state");

        s.Factory.Clock.SetUtcNow(s.Factory.Clock.GetUtcNow().AddDays(45));
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = closing }),
            HttpStatusCode.Conflict, "call_not_open");
        var source = (await dossier.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!;
        Assert.Null(source["carriedTo"]);

        Assert.Equal(HttpStatusCode.Created, (await dossier.Lead.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/carry-over", new { callId = later })).StatusCode);
    }

    private async Task<(ReviewScenario S, Dossier Dossier, (string Sha256, byte[] Bytes) Annex)> Decided(string outcome)
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("REPORT", ["IA"]);
        var annex = AttachmentTests.MinimalPdf();
        var file = new ByteArrayContent(annex);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var upload = await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", "annexe-technique.pdf" }, { new StringContent("Annex"), "kind" } });
        Assert.True(upload.StatusCode == HttpStatusCode.Created, await upload.Content.ReadAsStringAsync());
        var sha256 = (await ApiClient.ReadObject(upload))["sha256"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/submit", null)).StatusCode);

        var first = await s.NewExpert("Dr Report", ["IA"]);
        var second = await s.NewExpert("Dr Suite", ["IA"]);
        s.Close();
        await s.AutoAssign();
        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier), ReviewScenario.Review(3));
        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier), ReviewScenario.Review(3));
        var decided = await s.Decide(dossier, outcome, "À retravailler pour un prochain appel.");
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        return (s, dossier, (sha256, annex));
    }

    /// <summary>A call open now, closing <paramref name="days"/> days from now at 18:00 Paris time.</summary>
    private static async Task<Guid> LaterCall(ReviewScenario s, int days)
    {
        var today = TimeZoneInfo.ConvertTime(s.Factory.Clock.GetUtcNow(), Paris).Date;
        var call = await CallBuilder.CreatePublished(s.Manager, today.AddDays(-1), today.AddDays(days).AddHours(18));
        return call["id"]!.GetValue<Guid>();
    }

    private static string Budgets(JsonObject dossier) =>
        string.Join("; ", dossier["partners"]!.AsArray().Select(p => $"{p!["organisationId"]}={p["budget"]!["total"]}"));
}
