using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>Reads the paged lists (<c>{items, nextCursor}</c>, api.md "API for integrators") the way a client does.</summary>
public static class PagedLists
{
    /// <summary>The items of the first page (100 by default: more than any test's list holds).</summary>
    public static async Task<JsonArray?> GetItemsAsync(this HttpClient client, string url) =>
        (await client.GetFromJsonAsync<JsonObject>(url))?["items"]?.AsArray();

    /// <summary>Every item, following <c>nextCursor</c> page after page.</summary>
    public static async Task<List<JsonObject>> GetAllItemsAsync(this HttpClient client, string url, int limit)
    {
        var items = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
            var page = (await client.GetFromJsonAsync<JsonObject>($"{url}{separator}limit={limit}{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}"))!;
            items.AddRange(page["items"]!.AsArray().Select(i => i!.AsObject()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return items;
    }
}
