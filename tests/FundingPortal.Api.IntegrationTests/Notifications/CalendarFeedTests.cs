using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Notifications;

[Collection(Collections.CoFunding)]
public sealed class CalendarFeedTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_calendar_app_reads_the_private_url_without_any_header_until_it_is_rotated()
    {
        var manager = await _api.Manager();
        var call = await CallBuilder.CreatePublished(manager, new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0));
        var (applicant, _, _) = await _api.NewApplicant();

        var url = (await applicant.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>();
        Assert.Equal(url, (await applicant.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>());
        var path = new Uri(url).AbsolutePath;
        Assert.Matches(@"^/api/calendar/[A-Za-z0-9_-]{43}\.ics$", path);

        var response = await _api.Anonymous().GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains($"UID:{call["id"]!.GetValue<Guid>():N}-submissionDeadline@fundingportal", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261019T160000Z", ics, StringComparison.Ordinal);

        var rotated = (await ApiClient.ReadObject(await applicant.PostAsync("/api/me/calendar-feed/rotate", null)))["url"]!.GetValue<string>();
        Assert.NotEqual(url, rotated);
        await ApiClient.AssertProblem(await _api.Anonymous().GetAsync(path), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().GetAsync(new Uri(rotated).AbsolutePath)).StatusCode);
        Assert.Equal(rotated, (await applicant.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_database_holds_no_usable_feed_url_and_forged_ones_are_404()
    {
        var (user, _, userId) = await _api.NewUser("feed");
        var url = (await user.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>();
        var token = new Uri(url).AbsolutePath["/api/calendar/".Length..^".ics".Length];

        await using var connection = new Npgsql.NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var dump = new Npgsql.NpgsqlCommand(
            "SELECT row_to_json(f)::text FROM calendar_feeds f UNION ALL SELECT row_to_json(k)::text FROM protected_keys k", connection);
        var rows = new List<string>();
        await using (var reader = await dump.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        Assert.Contains(rows, r => r.Contains(userId.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains(token, StringComparison.Ordinal));

        foreach (var forged in new[] { "/api/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics", $"/api/calendar/{token[..^1]}.ics", "/api/calendar/x.ics" })
        {
            await ApiClient.AssertProblem(await _api.Anonymous().GetAsync(forged), HttpStatusCode.NotFound, "not_found");
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().GetAsync("/api/me/calendar-feed")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().PostAsync("/api/me/calendar-feed/rotate", null)).StatusCode);
    }

    [Fact]
    public async Task The_feed_follows_its_owner_who_joins_an_organisation_after_subscribing()
    {
        var manager = await _api.Manager();
        var call = await CallBuilder.CreatePublished(manager, new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 11, 20, 18, 0, 0));
        var (user, _, _) = await _api.NewUser("later");
        var path = new Uri((await user.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>()).AbsolutePath;
        var uid = $"{call["id"]!.GetValue<Guid>():N}-submissionDeadline@fundingportal";
        Assert.DoesNotContain(uid, await _api.Anonymous().GetStringAsync(path), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Created, (await user.PostAsJsonAsync("/api/organisations",
            new { name = "Arrivée Tardive SAS", siren = TestSirens.Next(), category = "Sme", region = "FR-BRE" })).StatusCode);
        Assert.Contains(uid, await _api.Anonymous().GetStringAsync(path), StringComparison.Ordinal);
    }
}
