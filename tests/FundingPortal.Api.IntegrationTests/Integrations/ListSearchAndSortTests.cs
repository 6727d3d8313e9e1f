using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Domain.Notifications;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>Search (<c>q</c>), named orders (<c>sort</c>) and the count of every match (<c>total</c>) on the paged lists (issue 19 item 7).</summary>
[Collection(Collections.Proposals)]
public sealed class ListSearchAndSortTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("title")]
    [InlineData("-title")]
    [InlineData("deadline")]
    [InlineData("-deadline")]
    public async Task Calls_paged_two_at_a_time_in_a_named_order_come_each_once_in_that_order_with_the_total_on_every_page(string sort)
    {
        var manager = await _api.Manager();
        // Titles and deadlines in different orders, two calls sharing a deadline so the id has to break the tie.
        var made = new List<(Guid Id, string Title, DateTime Deadline)>();
        foreach (var (title, day) in new[] { ("Mer", 20), ("alpha", 25), ("Zénith", 19), ("Bocage", 22), ("delta", 19), ("Côte", 28), ("Armor", 21) })
        {
            var deadline = new DateTime(2026, 10, day, 18, 0, 0);
            made.Add((await NewDraftCall(manager, title, deadline), title, deadline));
        }

        var pages = await ReadPages(manager, $"/api/calls?sort={Uri.EscapeDataString(sort)}&limit=2");

        Assert.Equal([2, 2, 2, 1], pages.Select(p => p["items"]!.AsArray().Count));
        Assert.All(pages, p => Assert.Equal(7, p["total"]!.GetValue<int>()));
        var ids = pages.SelectMany(p => p["items"]!.AsArray()).Select(c => c!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(7, ids.Distinct().Count());
        var titles = ids.Select(id => made.Single(m => m.Id == id).Title).ToList();
        var deadlines = ids.Select(id => made.Single(m => m.Id == id).Deadline).ToList();
        switch (sort)
        {
            case "title":
                Assert.Equal(["alpha", "Armor", "Bocage", "Côte", "delta", "Mer", "Zénith"], titles);
                break;
            case "-title":
                Assert.Equal(["Zénith", "Mer", "delta", "Côte", "Bocage", "Armor", "alpha"], titles);
                break;
            case "deadline":
                Assert.Equal(deadlines.Order(), deadlines);
                break;
            default:
                Assert.Equal(deadlines.OrderDescending(), deadlines);
                break;
        }
    }

    [Fact]
    public async Task A_search_narrows_the_calls_and_the_total_counts_every_match_over_all_pages()
    {
        var manager = await _api.Manager();
        foreach (var title in new[] { "Mer et littoral 2027", "Industrie du futur", "Économie de la mer", "Santé 100%_mer" })
        {
            await NewDraftCall(manager, title, new DateTime(2026, 10, 19, 18, 0, 0));
        }

        var first = (await manager.GetFromJsonAsync<JsonObject>("/api/calls?q=MER&limit=1&sort=title"))!;
        Assert.Equal(3, first["total"]!.GetValue<int>());
        Assert.Equal(["Mer et littoral 2027", "Santé 100%_mer", "Économie de la mer"],
            (await manager.GetAllItemsAsync("/api/calls?q=mer&sort=title", limit: 1)).Select(c => c["title"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        var literal = (await manager.GetFromJsonAsync<JsonObject>($"/api/calls?q={Uri.EscapeDataString("%_")}"))!;
        Assert.Equal(1, literal["total"]!.GetValue<int>());
        var none = (await manager.GetFromJsonAsync<JsonObject>("/api/calls?q=aéronautique"))!;
        Assert.Empty(none["items"]!.AsArray());
        Assert.Equal(0, none["total"]!.GetValue<int>());
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls?q={new string('a', 101)}"), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task An_unknown_sort_is_refused_with_invalid_sort_naming_the_orders_in_english_and_french()
    {
        var manager = await _api.Manager();
        foreach (var list in new[] { "/api/calls", "/api/notifications" })
        {
            var refused = await manager.GetAsync($"{list}?sort=colour");
            await ApiClient.AssertProblem(refused, HttpStatusCode.BadRequest, "invalid_sort");
            Assert.Contains("-created", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var french = new HttpRequestMessage(HttpMethod.Get, "/api/calls?sort=prix");
        french.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
        var answer = await manager.SendAsync(french);
        await ApiClient.AssertProblem(answer, HttpStatusCode.BadRequest, "invalid_sort");
        var body = await answer.Content.ReadAsStringAsync();
        Assert.Contains("Ce tri n'existe pas pour cette liste", body, StringComparison.Ordinal);
        Assert.Contains("deadline, -deadline", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cursor_read_in_one_order_is_refused_in_another_rather_than_paging_from_a_meaningless_position()
    {
        var manager = await _api.Manager();
        for (var i = 0; i < 3; i++)
        {
            await NewDraftCall(manager, $"Appel {i}", new DateTime(2026, 10, 19 + i, 18, 0, 0));
        }

        var cursor = (await manager.GetFromJsonAsync<JsonObject>("/api/calls?sort=title&limit=1"))!["nextCursor"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/calls?sort=title&limit=1&cursor={Uri.EscapeDataString(cursor)}")).StatusCode);
        foreach (var other in new[] { "-title", "deadline", "" })
        {
            await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls?sort={other}&limit=1&cursor={Uri.EscapeDataString(cursor)}"),
                HttpStatusCode.BadRequest, "invalid_cursor");
        }
    }

    [Fact]
    public async Task Notifications_are_searched_in_their_title_and_text_sorted_by_title_and_counted_for_their_owner_only()
    {
        var (reader, _, userId) = await _api.NewUser("lecteur");
        var (other, _, otherId) = await _api.NewUser("autre");
        using (var scope = factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = factory.Clock.GetUtcNow();
            foreach (var (title, body, minutes) in new[] { ("Dossier déposé", "NAVI-TWIN a été déposé.", 1), ("Correction demandée", "Budget de NAVI-TWIN à revoir.", 2),
                         ("Appel publié", "Mer et littoral est ouvert.", 3), ("Bienvenue", "Votre compte est prêt.", 4), ("Dossier labellisé", "AGRO-SOL est labellisé.", 5) })
            {
                db.Notifications.Add(Notification.Create(userId, $"test:{title}", title, body, null, now.AddMinutes(minutes)));
            }

            db.Notifications.Add(Notification.Create(otherId, "test:other", "Dossier déposé", "NAVI-TWIN", null, now));
            await db.SaveChangesAsync();
        }

        var byTitle = await reader.GetAllItemsAsync("/api/notifications?sort=title", limit: 2);
        Assert.Equal(["Appel publié", "Bienvenue", "Correction demandée", "Dossier déposé", "Dossier labellisé"], byTitle.Select(n => n["title"]!.GetValue<string>()));
        var newest = await reader.GetAllItemsAsync("/api/notifications", limit: 2);
        Assert.Equal("Dossier labellisé", newest[0]["title"]!.GetValue<string>());

        var found = (await reader.GetFromJsonAsync<JsonObject>("/api/notifications?q=navi-twin&sort=-title&limit=1"))!;
        Assert.Equal(2, found["total"]!.GetValue<int>());
        Assert.Equal("Dossier déposé", found["items"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(1, (await other.GetFromJsonAsync<JsonObject>("/api/notifications?q=navi"))!["total"]!.GetValue<int>());
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

    private static async Task<Guid> NewDraftCall(HttpClient manager, string title, DateTime deadline)
    {
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(new DateTime(2026, 9, 1, 9, 0, 0), deadline, [(state, 1_000_000m)]);
        definition["title"] = title;
        var response = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }
}
