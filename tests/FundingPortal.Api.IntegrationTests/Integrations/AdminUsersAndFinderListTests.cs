using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>
/// Search, named orders and the count on the two lists api.md fixes as plain arrays (issue 19 item 7): the admin users and
/// the organisation finder keep their array and give the count in <c>X-Total-Count</c> and the next page in <c>Link</c>.
/// </summary>
[Collection(Collections.Proposals)]
public sealed partial class AdminUsersAndFinderListTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("email")]
    [InlineData("-email")]
    [InlineData("created")]
    [InlineData("-created")]
    public async Task Admin_users_paged_two_at_a_time_in_a_named_order_come_each_once_with_the_count_on_every_page(string sort)
    {
        var tag = $"t{Guid.NewGuid():N}"[..9];
        var registered = new List<string>();
        foreach (var letter in new[] { "c", "a", "e", "b", "d" })
        {
            registered.Add((await _api.NewUser($"{tag}{letter}")).Email);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var manager = await _api.Manager();
        var pages = await ReadArrayPages(manager, $"/api/admin/users?q={tag.ToUpperInvariant()}&sort={Uri.EscapeDataString(sort)}&limit=2");

        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal("5", p.Total));
        var emails = pages.SelectMany(p => p.Items).Select(u => u["email"]!.GetValue<string>()).ToList();
        Assert.All(pages.SelectMany(p => p.Items), u => Assert.NotNull(u["roles"]!.AsArray()));
        var expected = sort switch
        {
            "email" => registered.Order(StringComparer.Ordinal),
            "-email" => registered.OrderDescending(StringComparer.Ordinal),
            "created" => registered,
            _ => Enumerable.Reverse(registered),
        };
        Assert.Equal(expected, emails);
    }

    [Fact]
    public async Task Admin_users_keep_the_email_parameter_answer_an_array_and_count_a_miss_as_zero()
    {
        var (_, email, userId) = await _api.NewUser("recherche");
        var manager = await _api.Manager();

        var hit = await manager.GetAsync($"/api/admin/users?email={Uri.EscapeDataString(email)}");
        var found = await ApiClient.ReadArray(hit);
        Assert.Equal(userId, Assert.Single(found)!["userId"]!.GetValue<Guid>());
        Assert.Equal("1", hit.Headers.GetValues("X-Total-Count").Single());
        Assert.False(hit.Headers.Contains("Link"));

        var miss = await manager.GetAsync("/api/admin/users?q=personne-de-ce-nom");
        Assert.Empty(await ApiClient.ReadArray(miss));
        Assert.Equal("0", miss.Headers.GetValues("X-Total-Count").Single());

        var literal = await manager.GetAsync($"/api/admin/users?q={Uri.EscapeDataString("%")}");
        Assert.Empty(await ApiClient.ReadArray(literal));
    }

    [Fact]
    public async Task The_finder_searches_names_and_sirens_sorts_by_name_and_counts_every_match()
    {
        var tag = $"Z{Guid.NewGuid():N}"[..8];
        var names = new[] { $"{tag} Mer", $"{tag} armor", $"{tag} Bocage", $"{tag} côte" };
        foreach (var name in names)
        {
            await _api.NewApplicant(name: name);
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var (searcher, _, _) = await _api.NewUser("chercheur");
        var pages = await ReadArrayPages(searcher, $"/api/organisations?q={tag.ToLowerInvariant()}&limit=3");
        Assert.Equal([3, 1], pages.Select(p => p.Items.Count));
        Assert.All(pages, p => Assert.Equal("4", p.Total));
        Assert.Equal([$"{tag} armor", $"{tag} Bocage", $"{tag} côte", $"{tag} Mer"], pages.SelectMany(p => p.Items).Select(o => o["name"]!.GetValue<string>()));
        Assert.All(pages.SelectMany(p => p.Items), o => Assert.Null(o["siren"]));

        var reversed = await ReadArrayPages(searcher, $"/api/organisations?name={tag}&sort=-name&limit=2");
        Assert.Equal($"{tag} Mer", reversed[0].Items[0]["name"]!.GetValue<string>());

        var newest = await ApiClient.ReadArray(await searcher.GetAsync($"/api/organisations?q={tag}&sort=-created"));
        Assert.Equal($"{tag} côte", newest[0]!["name"]!.GetValue<string>());

        var miss = await searcher.GetAsync($"/api/organisations?q={tag}-introuvable");
        Assert.Empty(await ApiClient.ReadArray(miss));
        Assert.Equal("0", miss.Headers.GetValues("X-Total-Count").Single());

        var tooShort = await searcher.GetAsync("/api/organisations?q=a");
        Assert.Empty(await ApiClient.ReadArray(tooShort));
    }

    [Fact]
    public async Task The_finder_finds_by_siren_typed_with_spaces_in_the_search_box()
    {
        var (owner, organisationId, _) = await _api.NewApplicant();
        var siren = (await owner.GetFromJsonAsync<JsonObject>($"/api/organisations/{organisationId}"))!["siren"]!.GetValue<string>();
        var (searcher, _, _) = await _api.NewUser("chercheur");

        var found = await ApiClient.ReadArray(await searcher.GetAsync($"/api/organisations?q={Uri.EscapeDataString($"{siren[..3]} {siren[3..6]} {siren[6..]}")}"));
        Assert.Equal(organisationId, Assert.Single(found)!["id"]!.GetValue<Guid>());
    }

    [Fact]
    public async Task An_unknown_sort_on_either_list_is_invalid_sort_in_english_and_french_and_a_cursor_of_another_order_is_refused()
    {
        var manager = await _api.Manager();
        foreach (var (list, names) in new[] { ("/api/admin/users?q=example", "created, -created"), ("/api/organisations?q=organisation", "name, -name") })
        {
            var refused = await manager.GetAsync($"{list}&sort=colour");
            await ApiClient.AssertProblem(refused, HttpStatusCode.BadRequest, "invalid_sort");
            Assert.Contains(names, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            using var french = new HttpRequestMessage(HttpMethod.Get, $"{list}&sort=prix");
            french.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("fr"));
            var answer = await manager.SendAsync(french);
            await ApiClient.AssertProblem(answer, HttpStatusCode.BadRequest, "invalid_sort");
            Assert.Contains("Ce tri n'existe pas pour cette liste", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        for (var i = 0; i < 3; i++)
        {
            await _api.NewUser("curseur");
        }

        var first = await manager.GetAsync("/api/admin/users?q=curseur&sort=email&limit=1");
        var next = NextLink(first)!;
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(next)).StatusCode);
        await ApiClient.AssertProblem(await manager.GetAsync(next.Replace("sort=email", "sort=-created", StringComparison.Ordinal)),
            HttpStatusCode.BadRequest, "invalid_cursor");
    }

    [Fact]
    public async Task Only_managers_list_the_users()
    {
        var (applicant, _, _) = await _api.NewApplicant();
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/api/admin/users?q=a&sort=email")).StatusCode);
    }

    private static async Task<List<(List<JsonNode> Items, string Total)>> ReadArrayPages(HttpClient client, string url)
    {
        var pages = new List<(List<JsonNode>, string)>();
        for (string? next = url; next is not null && pages.Count < 20;)
        {
            var response = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            pages.Add(((await ApiClient.ReadArray(response)).Select(n => n!).ToList(), response.Headers.GetValues("X-Total-Count").Single()));
            next = NextLink(response);
        }

        return pages;
    }

    private static string? NextLink(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var links) && LinkNext().Match(links.Single()) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("^<([^>]+)>; rel=\"next\"$")]
    private static partial Regex LinkNext();
}
