using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>Cursor pagination of the lists (api.md "API for integrators"): limit, opaque cursor, {items, nextCursor}.</summary>
[Collection(Collections.Proposals)]
public sealed class PaginationTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Every_list_answers_items_and_a_null_next_cursor_and_refuses_a_limit_outside_1_to_500_with_invalid_limit()
    {
        var manager = await _api.Manager();
        var call = await CallBuilder.CreatePublished(manager, new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0));
        var lists = new[] { "/api/proposals", "/api/calls", "/api/notifications", $"/api/calls/{call["id"]}/ranking" };
        foreach (var list in lists)
        {
            var page = await manager.GetFromJsonAsync<JsonObject>($"{list}?limit=500");
            Assert.NotNull(page!["items"]!.AsArray());
            Assert.True(page.ContainsKey("nextCursor") && page["nextCursor"] is null, $"{list}: {page}");
            foreach (var limit in new[] { "0", "501", "-3", "100000" })
            {
                await ApiClient.AssertProblem(await manager.GetAsync($"{list}?limit={limit}"), HttpStatusCode.BadRequest, "invalid_limit");
            }

            await ApiClient.AssertProblem(await manager.GetAsync($"{list}?limit=ten"), HttpStatusCode.BadRequest, "invalid_parameter");
        }

        var expert = await _api.NewUser("expert");
        var named = await manager.PostAsJsonAsync("/api/experts", new { userId = expert.UserId, displayName = "Experte", expertise = new[] { "5G" }, callIds = new[] { call["id"] } });
        Assert.Equal(HttpStatusCode.Created, named.StatusCode);
        var expertPage = await (await _api.Login(expert.Email)).GetFromJsonAsync<JsonObject>("/api/assignments?limit=1");
        Assert.Empty(expertPage!["items"]!.AsArray());
        Assert.Null(expertPage["nextCursor"]);
    }

    [Fact]
    public async Task Pages_of_calls_give_each_call_once_newest_first_then_a_null_cursor()
    {
        var manager = await _api.Manager();
        var created = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            created.Add(await NewDraftCall(manager, $"Appel {i}"));
            factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var pages = new List<JsonArray>();
        string? cursor = null;
        do
        {
            var page = (await manager.GetFromJsonAsync<JsonObject>($"/api/calls?limit=3{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))!;
            pages.Add(page["items"]!.AsArray());
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal([3, 3, 1], pages.Select(p => p.Count));
        var ids = pages.SelectMany(p => p).Select(c => c!["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(created.AsEnumerable().Reverse(), ids);
    }

    [Fact]
    public async Task Paging_while_calls_are_being_created_returns_every_earlier_call_exactly_once()
    {
        var manager = await _api.Manager();
        var before = new List<Guid>();
        for (var i = 0; i < 12; i++)
        {
            before.Add(await NewDraftCall(manager, $"Avant {i}"));
        }

        // The test clock stands still, so every call shares one creation instant: the order rests on the id tie-break.
        using var stop = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            var writerClient = await _api.Manager();
            var count = 0;
            while (!stop.IsCancellationRequested && count < 30)
            {
                await NewDraftCall(writerClient, $"Pendant {count++}");
            }
        });

        var seen = await manager.GetAllItemsAsync("/api/calls", limit: 2);
        await stop.CancelAsync();
        await writer;

        var ids = seen.Select(c => c["id"]!.GetValue<Guid>()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(before, id => Assert.Contains(id, ids));
    }

    [Fact]
    public async Task A_garbage_edited_or_foreign_cursor_is_refused_with_invalid_cursor()
    {
        var manager = await _api.Manager();
        for (var i = 0; i < 3; i++)
        {
            await NewDraftCall(manager, $"Appel {i}");
        }

        var cursor = (await manager.GetFromJsonAsync<JsonObject>("/api/calls?limit=1"))!["nextCursor"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/calls?limit=1&cursor={Uri.EscapeDataString(cursor)}")).StatusCode);

        var edited = (cursor[0] == 'A' ? 'B' : 'A') + cursor[1..];
        string[] refused = [edited, cursor + "x", "garbage", "..", "a.b", "%00", new string('A', 5000), cursor.Split('.')[0], Convert.ToBase64String(new byte[40])];
        foreach (var bad in refused)
        {
            await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls?cursor={Uri.EscapeDataString(bad)}"), HttpStatusCode.BadRequest, "invalid_cursor");
        }

        foreach (var other in new[] { "/api/proposals", "/api/notifications" })
        {
            await ApiClient.AssertProblem(await manager.GetAsync($"{other}?cursor={Uri.EscapeDataString(cursor)}"), HttpStatusCode.BadRequest, "invalid_cursor");
        }
    }

    private static async Task<Guid> NewDraftCall(HttpClient manager, string title)
    {
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0), [(state, 1_000_000m)]);
        definition["title"] = title;
        var response = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }
}
