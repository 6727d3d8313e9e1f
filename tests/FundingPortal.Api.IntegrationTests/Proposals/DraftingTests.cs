using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

[Collection(Collections.Proposals)]
public sealed class DraftingTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_new_dossier_gets_a_reference_a_draft_status_and_the_callers_organisation_as_lead()
    {
        var c = await Consortium.Create(factory);
        var dossier = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        Assert.Matches(@"^FP-\d{4}-\d{4,}$", dossier!["reference"]!.GetValue<string>());
        Assert.Equal("Draft", dossier["status"]!.GetValue<string>());
        Assert.Equal(c.LeadOrganisationId, dossier["leadOrganisationId"]!.GetValue<Guid>());
        Assert.Equal("OCÉAN-5G", dossier["acronym"]!.GetValue<string>());
    }

    [Fact]
    public async Task Totals_shares_and_requested_aid_are_computed_by_the_server()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var dossier = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");

        Assert.Equal(2_000_000m, dossier!["totals"]!["total"]!.GetValue<decimal>());
        var lead = dossier["partners"]!.AsArray().Single(p => p!["isLead"]!.GetValue<bool>())!;
        Assert.Equal(700_000m, lead["budget"]!["total"]!.GetValue<decimal>());
        Assert.Equal(0.35m, lead["share"]!.GetValue<decimal>());

        // SME in Bretagne: State 22.5 % + Région Bretagne 22.5 % of 700 000 € = 157 500 € each; no Normandie aid.
        var leadAid = lead["requestedAid"]!.AsArray().ToDictionary(r => r!["funderName"]!.GetValue<string>(), r => r!["requestedAid"]!.GetValue<decimal>());
        Assert.Equal(157_500m, leadAid["Bpifrance (État)"]);
        Assert.Equal(157_500m, leadAid["Région Bretagne"]);
        Assert.False(leadAid.ContainsKey("Région Normandie"));

        // Large company in Normandie: 12.5 % of 800 000 € = 100 000 € from the State and from Normandie.
        var large = dossier["partners"]!.AsArray().Single(p => p!["organisationId"]!.GetValue<Guid>() == c.LargeOrganisationId)!;
        var largeAid = large["requestedAid"]!.AsArray().ToDictionary(r => r!["funderName"]!.GetValue<string>(), r => r!["requestedAid"]!.GetValue<decimal>());
        Assert.Equal(100_000m, largeAid["Région Normandie"]);
        Assert.False(largeAid.ContainsKey("Région Bretagne"));

        // Lab in Bretagne: 20 % of 500 000 € = 100 000 €. State total = 157 500 + 100 000 + 100 000.
        var totals = dossier["requestedAid"]!.AsArray().ToDictionary(r => r!["funderName"]!.GetValue<string>(), r => r!["requestedAid"]!.GetValue<decimal>());
        Assert.Equal(357_500m, totals["Bpifrance (État)"]);
        Assert.Equal(257_500m, totals["Région Bretagne"]);
        Assert.Equal(100_000m, totals["Région Normandie"]);
        Assert.Equal(715_000m, dossier["totalRequestedAid"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Eligibility_lists_every_blocking_issue_at_once_then_none_once_fixed()
    {
        var c = await Consortium.Create(factory);
        var before = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/eligibility");
        Assert.False(before!["eligible"]!.GetValue<bool>());
        var codes = before["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("too_few_companies", codes);
        Assert.Contains("too_few_research_organisations", codes);
        Assert.Contains("partner_without_budget", codes);
        Assert.Contains("budget_below_minimum", codes);
        Assert.All(before["issues"]!.AsArray(), i => Assert.False(string.IsNullOrWhiteSpace(i!["message"]!.GetValue<string>())));

        await c.MakeEligible();
        var after = await c.Lab.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/eligibility");
        Assert.True(after!["eligible"]!.GetValue<bool>(), after.ToJsonString());
        Assert.Empty(after["issues"]!.AsArray());
    }

    [Fact]
    public async Task Partner_share_duration_and_lead_category_rules_are_reported()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Large.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}/budget",
            new { personnel = 3_000_000m, overheads = 0m, subcontracting = 0m, equipment = 0m, otherCosts = 0m }), HttpStatusCode.OK);
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}", new
        {
            acronym = "OCÉAN-5G", title = "Titre", summary = "Résumé", keywords = new[] { "5G" }, trlStart = 4, trlTarget = 7, durationMonths = 60,
        }), HttpStatusCode.OK);
        var issues = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/eligibility"))!["issues"]!.AsArray()
            .Select(i => i!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("partner_share_too_high", issues);
        Assert.Contains("duration_out_of_range", issues);
        Assert.Contains("budget_above_maximum", issues);
    }

    [Fact]
    public async Task A_stale_If_Match_gets_412_and_a_fresh_one_succeeds()
    {
        var c = await Consortium.Create(factory);
        var first = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}");
        var etag = first.Headers.ETag!.Tag;

        var tab1 = new HttpRequestMessage(HttpMethod.Put, $"/api/proposals/{c.ProposalId}") { Content = JsonContent.Create(Consortium.ValidFields) };
        tab1.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        var saved = await c.Lead.SendAsync(tab1);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.NotEqual(etag, saved.Headers.ETag!.Tag);

        var tab2 = new HttpRequestMessage(HttpMethod.Put, $"/api/proposals/{c.ProposalId}") { Content = JsonContent.Create(Consortium.ValidFields) };
        tab2.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        await ApiClient.AssertProblem(await c.Lead.SendAsync(tab2), HttpStatusCode.PreconditionFailed, "stale_etag");

        var budget = new HttpRequestMessage(HttpMethod.Put, $"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget")
        {
            Content = JsonContent.Create(new { personnel = 1m, overheads = 0m, subcontracting = 0m, equipment = 0m, otherCosts = 0m }),
        };
        budget.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        await ApiClient.AssertProblem(await c.Lead.SendAsync(budget), HttpStatusCode.PreconditionFailed, "stale_etag");
    }

    [Fact]
    public async Task Concurrent_writes_with_the_same_ETag_never_silently_overwrite()
    {
        var c = await Consortium.Create(factory);
        var etag = (await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}")).Headers.ETag!.Tag;
        var writes = Enumerable.Range(0, 6).Select(i =>
        {
            var request = new HttpRequestMessage(HttpMethod.Put, $"/api/proposals/{c.ProposalId}")
            {
                Content = JsonContent.Create(new { acronym = $"TAB-{i}", title = "Titre", summary = "R", keywords = new[] { "k" }, trlStart = 3, trlTarget = 6, durationMonths = 36 }),
            };
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
            return c.Lead.SendAsync(request);
        });
        var responses = await Task.WhenAll(writes);
        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed));
    }

    [Fact]
    public async Task Partners_edit_only_their_own_budget_and_never_the_project_fields()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await ApiClient.AssertProblem(await c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}", Consortium.ValidFields), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}/budget",
            new { personnel = 1m }), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await c.Lab.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "unknown_organisation");
        await ApiClient.AssertProblem(await c.Lead.DeleteAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}"), HttpStatusCode.Conflict, "cannot_remove_lead");
        Assert.Equal(HttpStatusCode.NoContent, (await c.Lead.DeleteAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}")).StatusCode);
        await ApiClient.AssertProblem(await c.Large.GetAsync($"/api/proposals/{c.ProposalId}"), HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData(-1.0, "invalid_amount")]
    [InlineData(10.123, "invalid_amount")]
    [InlineData(5_000_000_000.0, "invalid_amount")]
    public async Task Bad_amounts_are_400s_and_nothing_is_written(double personnel, string code)
    {
        var c = await Consortium.Create(factory);
        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget",
            new { personnel = (decimal)personnel }), HttpStatusCode.BadRequest, code);
        var dossier = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        Assert.Equal(0m, dossier!["totals"]!["total"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Clients_cannot_set_status_reference_lead_or_totals()
    {
        var c = await Consortium.Create(factory);
        var before = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        var sneaky = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Consortium.ValidFields))!.AsObject();
        sneaky["status"] = "Funded";
        sneaky["reference"] = "FP-1999-0001";
        sneaky["leadOrganisationId"] = c.LabOrganisationId;
        sneaky["totalRequestedAid"] = 99_999_999;
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}", sneaky), HttpStatusCode.OK);
        var after = await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        Assert.Equal("Draft", after!["status"]!.GetValue<string>());
        Assert.Equal(before!["reference"]!.GetValue<string>(), after["reference"]!.GetValue<string>());
        Assert.Equal(c.LeadOrganisationId, after["leadOrganisationId"]!.GetValue<Guid>());
        Assert.Equal(0m, after["totalRequestedAid"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_user_without_organisation_cannot_create_a_dossier_and_an_unknown_call_is_404()
    {
        var c = await Consortium.Create(factory);
        var (loner, _, _) = await _api.NewUser();
        await ApiClient.AssertProblem(await loner.PostAsJsonAsync($"/api/calls/{c.CallId}/proposals", Consortium.ValidFields), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/calls/{Guid.NewGuid()}/proposals", Consortium.ValidFields), HttpStatusCode.NotFound, "not_found");
    }
}
