using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>
/// Search, named orders and the count on the dossier lists (the applicants', the managers' and the funder officers' funding
/// requests read the same list) and on a dossier's thread of messages (issue 19 item 7); their orders in the OpenAPI document.
/// </summary>
[Collection(Collections.Proposals)]
public sealed class DossierAndThreadListTests(ApiFactory factory) : PortalTest(factory)
{
    private static readonly string[] Acronyms = ["MARÉE", "alga", "Zéphyr", "BOCAGE", "delta", "Corail", "armor"];

    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("acronym")]
    [InlineData("-acronym")]
    [InlineData("reference")]
    [InlineData("-reference")]
    [InlineData("created")]
    [InlineData("-created")]
    [InlineData("updated")]
    [InlineData("-updated")]
    public async Task Dossiers_paged_two_at_a_time_in_a_named_order_come_each_once_in_that_order_with_the_total_on_every_page(string sort)
    {
        var (lead, callId, made) = await SevenDossiers();

        var pages = await ReadPages(lead, $"/api/proposals?sort={Uri.EscapeDataString(sort)}&limit=2");

        Assert.Equal([2, 2, 2, 1], pages.Select(p => p["items"]!.AsArray().Count));
        Assert.All(pages, p => Assert.Equal(7, p["total"]!.GetValue<int>()));
        var items = pages.SelectMany(p => p["items"]!.AsArray()).Select(i => i!.AsObject()).ToList();
        Assert.Equal(7, items.Select(i => i["id"]!.GetValue<Guid>()).Distinct().Count());
        var acronyms = items.Select(i => i["acronym"]!.GetValue<string>()).ToList();
        var references = items.Select(i => i["reference"]!.GetValue<string>()).ToList();
        var creation = items.Select(i => made.IndexOf(i["acronym"]!.GetValue<string>())).ToList();
        switch (sort)
        {
            case "acronym":
                Assert.Equal(["alga", "armor", "BOCAGE", "Corail", "delta", "MARÉE", "Zéphyr"], acronyms);
                break;
            case "-acronym":
                Assert.Equal(["Zéphyr", "MARÉE", "delta", "Corail", "BOCAGE", "armor", "alga"], acronyms);
                break;
            case "reference":
                Assert.Equal(references.Order(StringComparer.Ordinal), references);
                break;
            case "-reference":
                Assert.Equal(references.OrderDescending(StringComparer.Ordinal), references);
                break;
            case "created" or "updated":
                Assert.Equal(Enumerable.Range(0, 7), creation);
                break;
            default:
                Assert.Equal(Enumerable.Range(0, 7).Reverse(), creation);
                break;
        }

        // The manager reads the same list across every organisation, narrowed to the call.
        var manager = await _api.Manager();
        var managers = await manager.GetAllItemsAsync($"/api/proposals?callId={callId}&sort={Uri.EscapeDataString(sort)}", limit: 3);
        Assert.Equal(acronyms, managers.Select(i => i["acronym"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_search_narrows_the_dossiers_the_caller_may_see_and_the_total_counts_every_match()
    {
        var (lead, _, _) = await SevenDossiers();
        var (stranger, _, _) = await _api.NewApplicant("Sme", "FR-NOR", "Autre Société");

        var found = (await lead.GetFromJsonAsync<JsonObject>("/api/proposals?q=AR&sort=acronym&limit=1"))!;
        Assert.Equal(2, found["total"]!.GetValue<int>());
        Assert.Equal(["armor", "MARÉE"],
            (await lead.GetAllItemsAsync("/api/proposals?q=ar&sort=acronym", limit: 1)).Select(i => i["acronym"]!.GetValue<string>()));
        var none = (await lead.GetFromJsonAsync<JsonObject>("/api/proposals?q=aéronautique"))!;
        Assert.Empty(none["items"]!.AsArray());
        Assert.Equal(0, none["total"]!.GetValue<int>());
        Assert.Equal(0, (await stranger.GetFromJsonAsync<JsonObject>("/api/proposals?q=ar"))!["total"]!.GetValue<int>());
        await ApiClient.AssertProblem(await lead.GetAsync($"/api/proposals?q={new string('a', 101)}"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task An_unknown_dossier_sort_is_refused_in_both_languages_and_a_cursor_stays_bound_to_its_order()
    {
        var (lead, _, _) = await SevenDossiers();
        var refused = await lead.GetAsync("/api/proposals?sort=score");
        await ApiClient.AssertProblem(refused, HttpStatusCode.BadRequest, "invalid_sort");
        Assert.Contains("acronym, -acronym", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var french = new HttpRequestMessage(HttpMethod.Get, "/api/proposals?sort=prix");
        french.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var answer = await lead.SendAsync(french);
        await ApiClient.AssertProblem(answer, HttpStatusCode.BadRequest, "invalid_sort");
        Assert.Contains("Ce tri n'existe pas pour cette liste", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var cursor = (await lead.GetFromJsonAsync<JsonObject>("/api/proposals?sort=acronym&limit=1"))!["nextCursor"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync($"/api/proposals?sort=acronym&limit=1&cursor={Uri.EscapeDataString(cursor)}")).StatusCode);
        await ApiClient.AssertProblem(await lead.GetAsync($"/api/proposals?sort=-acronym&limit=1&cursor={Uri.EscapeDataString(cursor)}"),
            HttpStatusCode.BadRequest, "invalid_cursor");
    }

    [Fact]
    public async Task A_thread_is_searched_in_its_text_and_authors_sorted_by_date_either_way_and_stays_hidden_from_strangers()
    {
        var consortium = await Consortium.Create(factory);
        var manager = await _api.Manager();
        var thread = $"/api/proposals/{consortium.ProposalId}/messages";
        foreach (var (client, body) in new[]
                 {
                     (consortium.Lead, "Bonjour, le budget du laboratoire est-il complet ?"), (manager, "Oui, merci d'ajouter l'accord de consortium."),
                     (consortium.Lead, "Accord ajouté ; le budget est à jour."), (manager, "Parfait, rien d'autre."),
                 })
        {
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(thread, new { body })).StatusCode);
            factory.Clock.Advance(TimeSpan.FromMinutes(5));
        }

        var oldest = await ApiClient.ReadArray(await consortium.Lead.GetAsync(thread));
        Assert.Equal(4, oldest.Count);
        Assert.StartsWith("Bonjour", oldest[0]!["body"]!.GetValue<string>(), StringComparison.Ordinal);
        var newest = await ApiClient.ReadArray(await consortium.Lead.GetAsync(thread + "?sort=-sent"));
        Assert.Equal(oldest.Select(m => m!["id"]!.GetValue<Guid>()).Reverse(), newest.Select(m => m!["id"]!.GetValue<Guid>()));

        var budget = await ApiClient.ReadArray(await manager.GetAsync(thread + "?q=BUDGET&sort=-sent"));
        Assert.Equal(["Accord ajouté ; le budget est à jour.", "Bonjour, le budget du laboratoire est-il complet ?"], budget.Select(m => m!["body"]!.GetValue<string>()));
        Assert.Empty(await ApiClient.ReadArray(await manager.GetAsync(thread + "?q=subvention")));
        await ApiClient.AssertProblem(await manager.GetAsync(thread + "?sort=author"), HttpStatusCode.BadRequest, "invalid_sort");
        await ApiClient.AssertProblem(await manager.GetAsync(thread + $"?q={new string('b', 101)}"), HttpStatusCode.BadRequest, "validation_failed");

        var (stranger, _, _) = await _api.NewApplicant("Sme", "FR-NOR", "Autre Société");
        await ApiClient.AssertProblem(await stranger.GetAsync(thread + "?q=budget"), HttpStatusCode.NotFound, "not_found");
    }

    [Theory]
    [InlineData("/api/proposals", "-created")]
    [InlineData("/api/calls", "-created")]
    [InlineData("/api/notifications", "-created")]
    [InlineData("/api/assignments", "-assigned")]
    [InlineData("/api/proposals/{id}/messages", "sent")]
    public async Task The_openapi_document_lists_each_orders_sort_values_and_the_search_length(string path, string defaultSort)
    {
        var document = (await factory.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        var parameters = document["paths"]![path]!["get"]!["parameters"]!.AsArray().Select(p => p!.AsObject()).ToList();
        var sort = parameters.Single(p => p["name"]!.GetValue<string>() == "sort")["schema"]!;
        var values = sort["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
        Assert.Contains(defaultSort, values);
        Assert.Contains(defaultSort.StartsWith('-') ? defaultSort[1..] : "-" + defaultSort, values);
        Assert.Equal(defaultSort, sort["default"]!.GetValue<string>());
        Assert.Equal(100, parameters.Single(p => p["name"]!.GetValue<string>() == "q")["schema"]!["maxLength"]!.GetValue<int>());
    }

    /// <summary>Seven dossiers of one organisation in one call, created one minute apart in <see cref="Acronyms"/>' order.</summary>
    private async Task<(HttpClient Lead, Guid CallId, List<string> Acronyms)> SevenDossiers()
    {
        var manager = await _api.Manager();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var call = await CallBuilder.CreatePublished(manager, now.Date.AddDays(-1), now.Date.AddDays(30).AddHours(18));
        var callId = call["id"]!.GetValue<Guid>();
        var (lead, _, _) = await _api.NewApplicant("Sme", "FR-BRE", "Ondes Bretonnes SAS");
        foreach (var acronym in Acronyms)
        {
            var created = await lead.PostAsJsonAsync($"/api/calls/{callId}/proposals", new
            {
                acronym, title = $"Projet {acronym}", summary = "Un projet collaboratif.", keywords = new[] { "mer" }, trlStart = 4, trlTarget = 7, durationMonths = 24,
            });
            Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        return (lead, callId, [.. Acronyms]);
    }

    private static async Task<List<JsonObject>> ReadPages(HttpClient client, string url)
    {
        var pages = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var page = (await client.GetFromJsonAsync<JsonObject>(url + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))))!;
            pages.Add(page);
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return pages;
    }
}
