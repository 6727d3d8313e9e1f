using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Foundation;

[Collection(Collections.Proposals)]
public sealed class CallTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_call_closing_19_October_18h_Paris_is_stored_as_16h_UTC_and_19_December_as_17h_UTC()
    {
        var manager = await _api.Manager();
        var (state, bretagne, _) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0), [(state, 2_000_000m), (bretagne, 1_000_000m)]);
        definition["reviewDeadline"]!["localDateTime"] = "2026-12-19T18:00:00";
        definition["committeeDate"]!["localDateTime"] = "2027-01-10T14:00:00";

        var response = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var call = await ApiClient.ReadObject(response);
        Assert.Equal("Draft", call["status"]!.GetValue<string>());
        Assert.Equal("2026-10-19T18:00:00", call["submissionDeadline"]!["localDateTime"]!.GetValue<string>());
        Assert.Equal("Europe/Paris", call["submissionDeadline"]!["timeZone"]!.GetValue<string>());
        Assert.Equal("2026-10-19T16:00:00Z", call["submissionDeadline"]!["utc"]!.GetValue<string>());
        Assert.Equal("2026-12-19T17:00:00Z", call["reviewDeadline"]!["utc"]!.GetValue<string>());
        Assert.Equal(2, call["funders"]!.AsArray().Count);
        Assert.Equal(0.70m, call["eligibility"]!["maxPartnerShare"]!.GetValue<decimal>());
        Assert.Equal(6, call["evaluationGrid"]!["criteria"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_call_without_funders_stays_a_draft_and_publishing_it_says_what_is_missing_in_the_callers_language()
    {
        var manager = await _api.Manager();
        var now = factory.Clock.GetUtcNow();
        var parisNow = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        var created = await manager.PostAsJsonAsync("/api/calls", CallBuilder.Definition(parisNow.AddDays(1), parisNow.AddDays(10), []));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();

        using var publish = new HttpRequestMessage(HttpMethod.Post, $"/api/calls/{id}/publish");
        publish.Headers.AcceptLanguage.ParseAdd("fr");
        var refused = await manager.SendAsync(publish);

        var body = await refused.Content.ReadAsStringAsync();
        await ApiClient.AssertProblem(refused, HttpStatusCode.UnprocessableEntity, "call_incomplete");
        var problem = JsonNode.Parse(body)!;
        Assert.Contains("financeur", problem["errors"]!["funders"]![0]!.GetValue<string>());
        Assert.Contains("ne peut pas encore être publié", problem["detail"]!.GetValue<string>());
        Assert.Equal("Draft", (await manager.GetFromJsonAsync<JsonObject>($"/api/calls/{id}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Status_follows_the_injected_clock_once_published_and_editing_stops()
    {
        var manager = await _api.Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var now = factory.Clock.GetUtcNow();
        var parisNow = TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime;
        var definition = CallBuilder.Definition(parisNow.AddDays(1), parisNow.AddDays(10), [(state, 1_000_000m)]);
        var id = (await ApiClient.ReadObject(await manager.PostAsJsonAsync("/api/calls", definition)))["id"]!.GetValue<Guid>();

        var (applicant, _, _) = await _api.NewApplicant();
        await ApiClient.AssertProblem(await applicant.GetAsync($"/api/calls/{id}"), HttpStatusCode.NotFound, "not_found");
        Assert.DoesNotContain(await applicant.GetItemsAsync("/api/calls") ?? [], c => c!["id"]!.GetValue<Guid>() == id);

        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/calls/{id}", definition)).StatusCode);
        var published = await ApiClient.ReadObject(await manager.PostAsync($"/api/calls/{id}/publish", null));
        Assert.Equal("Published", published["status"]!.GetValue<string>());
        await ApiClient.AssertProblem(await manager.PutAsJsonAsync($"/api/calls/{id}", definition), HttpStatusCode.Conflict, "call_not_draft");

        var opensAtUtc = published["opensAt"]!["utc"]!.GetValue<DateTimeOffset>();
        factory.Clock.SetUtcNow(opensAtUtc);
        Assert.Equal("Open", (await applicant.GetFromJsonAsync<JsonObject>($"/api/calls/{id}"))!["status"]!.GetValue<string>());

        var deadlineUtc = published["submissionDeadline"]!["utc"]!.GetValue<DateTimeOffset>();
        factory.Clock.SetUtcNow(deadlineUtc.AddMilliseconds(-1));
        Assert.Equal("Open", (await applicant.GetFromJsonAsync<JsonObject>($"/api/calls/{id}"))!["status"]!.GetValue<string>());
        factory.Clock.SetUtcNow(deadlineUtc);
        Assert.Equal("Closed", (await applicant.GetFromJsonAsync<JsonObject>($"/api/calls/{id}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Invalid_definitions_get_400_problems_with_stable_codes()
    {
        var manager = await _api.Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        JsonObject Valid() => CallBuilder.Definition(new DateTime(2027, 6, 1, 9, 0, 0), new DateTime(2027, 10, 19, 18, 0, 0), [(state, 1_000_000m)]);

        var zone = Valid();
        zone["submissionDeadline"]!["timeZone"] = "Mars/Olympus_Mons";
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", zone), HttpStatusCode.BadRequest, "unknown_time_zone");

        var order = Valid();
        order["reviewDeadline"]!["localDateTime"] = "2027-10-01T18:00:00";
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", order), HttpStatusCode.BadRequest, "timeline_out_of_order");

        var rate = Valid();
        rate["funders"]![0]!["rates"]!["Sme"] = 1.5m;
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", rate), HttpStatusCode.BadRequest, "invalid_rate");

        var funder = Valid();
        funder["funders"]![0]!["funderId"] = Guid.NewGuid();
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", funder), HttpStatusCode.BadRequest, "unknown_funder");

        var weight = Valid();
        weight["evaluationGrid"] = new JsonObject { ["criteria"] = new JsonArray(new JsonObject { ["key"] = "innovation", ["label"] = "Innovation", ["weight"] = -5, ["minScore"] = 2 }) };
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", weight), HttpStatusCode.BadRequest, "validation_failed");

        var territory = Valid();
        territory["territory"] = new JsonArray("FR-ZZZ");
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", territory), HttpStatusCode.BadRequest, "validation_failed");

        var missing = Valid();
        missing.Remove("submissionDeadline");
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/calls", missing), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task Broken_json_wrong_types_and_unknown_routes_are_problems_not_500s()
    {
        var manager = await _api.Manager();
        await ApiClient.AssertProblem(await manager.PostAsync("/api/calls", new StringContent("{\"title\": ", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_json");
        await ApiClient.AssertProblem(await manager.PostAsync("/api/calls", new StringContent("{\"expertsPerProposal\": \"two\"}", Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest, "invalid_json");
        await ApiClient.AssertProblem(await manager.PostAsync("/api/calls", new StringContent("{}", Encoding.UTF8, "text/plain")), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
        await ApiClient.AssertProblem(await manager.GetAsync("/api/does-not-exist"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/calls/{Guid.NewGuid()}"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/funders", new { name = "Région fantôme", kind = "Region", region = "FR-XXX" }), HttpStatusCode.BadRequest, "invalid_region");
    }

    [Fact]
    public async Task Health_and_openapi_are_served()
    {
        var client = _api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
        var openApi = await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json");
        Assert.True(openApi!["paths"]!.AsObject().ContainsKey("/api/calls"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/scalar/v1")).StatusCode);
    }
}
