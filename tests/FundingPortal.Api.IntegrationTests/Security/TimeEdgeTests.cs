using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// Times at the edges, in the API and in the web UI's call form: years 1 and 9999 (500 ArgumentOutOfRange before),
/// an offset on a local time (silently converted before), the spring-forward gap (unknown_time_zone before), and the
/// autumn hour that happens twice (the earlier instant).
/// </summary>
[Collection(Collections.Security)]
public sealed class TimeEdgeTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    private async Task<(HttpClient Manager, JsonObject Definition)> Valid()
    {
        var manager = await _api.Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        return (manager, CallBuilder.Definition(new DateTime(2027, 6, 1, 9, 0, 0), new DateTime(2027, 10, 19, 18, 0, 0), [(state, 1_000_000m)]));
    }

    [Theory]
    [InlineData("opensAt", "0001-01-01T00:00:00", "Pacific/Kiritimati", "time_out_of_range")]
    [InlineData("fundingDecisionDeadline", "9999-12-31T23:59:59", "Europe/Paris", "time_out_of_range")]
    [InlineData("opensAt", "1999-06-01T09:00:00", "Europe/Paris", "time_out_of_range")]
    [InlineData("opensAt", "2027-06-01T09:00:00+05:00", "Europe/Paris", "invalid_local_time")]
    [InlineData("submissionDeadline", "2027-10-19T16:00:00Z", "Europe/Paris", "invalid_local_time")]
    [InlineData("submissionDeadline", "19/10/2027 18:00", "Europe/Paris", "invalid_local_time")]
    [InlineData("opensAt", "2027-03-28T02:30:00", "Europe/Paris", "nonexistent_local_time")]
    public async Task Out_of_range_offset_and_gap_times_are_400_with_their_code_and_field(string milestone, string local, string zone, string code)
    {
        var (manager, definition) = await Valid();
        definition[milestone] = new JsonObject { ["localDateTime"] = local, ["timeZone"] = zone };
        var response = await manager.PostAsJsonAsync("/api/calls", definition);
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, code);
        Assert.NotNull((await ApiClient.ReadObject(response))["errors"]![$"{milestone}.localDateTime"]);
    }

    [Fact]
    public async Task A_deadline_in_the_autumn_hour_that_happens_twice_is_its_first_occurrence()
    {
        var (manager, definition) = await Valid();
        definition["submissionDeadline"] = new JsonObject { ["localDateTime"] = "2027-10-31T02:30:00", ["timeZone"] = "Europe/Paris" };
        var created = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var deadline = (await ApiClient.ReadObject(created))["submissionDeadline"]!;
        Assert.Equal("2027-10-31T02:30:00", deadline["localDateTime"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 0, 30, 0, TimeSpan.Zero), deadline["utc"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task Calendar_dates_outside_1900_to_2100_are_out_of_range()
    {
        var manager = await _api.Manager();
        var (_, _, userId) = await _api.NewUser("expert");
        var (_, organisationId, _) = await _api.NewApplicant();
        var response = await manager.PostAsJsonAsync("/api/experts", new
        {
            userId, displayName = "Dr Ancienne", expertise = new[] { "5G" }, callIds = Array.Empty<Guid>(),
            affiliations = new[] { new { organisationId, from = "1850-01-01", to = (string?)null } },
        });
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "time_out_of_range");
        Assert.NotNull((await ApiClient.ReadObject(response))["errors"]!["affiliations[0].from"]);
    }

    [Theory]
    [InlineData("0001-01-01T00:00", "Ouverture des dépôts : choisissez une date comprise entre 2000 et 2100.")]
    [InlineData("9999-12-31T23:59", "Ouverture des dépôts : choisissez une date comprise entre 2000 et 2100.")]
    [InlineData("2027-03-28T02:30", "Cette heure n'existe pas à Paris (passage à l'heure d'été)")]
    [InlineData("2027-06-01T09:00+05:00", "sans décalage horaire")]
    public async Task The_web_call_form_shows_the_same_refusals_in_French_next_to_the_field(string opensAt, string french)
    {
        var session = await WebSession.SignIn(factory, ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);
        var response = await session.PostForm("/appels/nouveau", new()
        {
            ["Input.Title"] = "Appel des limites", ["Input.Territory"] = "FR-BRE", ["Input.OpensAt"] = opensAt,
            ["Input.SubmissionDeadline"] = "2027-10-19T18:00", ["Input.ReviewDeadline"] = "2027-11-15T18:00",
            ["Input.CommitteeDate"] = "2027-11-25T14:00", ["Input.FundingDecisionDeadline"] = "2028-02-15T18:00",
            ["Input.ExpertsPerProposal"] = "2", ["Input.MaxPartnerShare"] = "70", ["Input.MinDurationMonths"] = "24", ["Input.MaxDurationMonths"] = "48",
        });
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {page[..Math.Min(page.Length, 400)]}");
        Assert.Contains(french, page, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_OpensAt-error\"", page, StringComparison.Ordinal);
    }
}
