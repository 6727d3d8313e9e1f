using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Foundation;

[Collection(Collections.Proposals)]
public sealed class OrganisationTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678")]
    [InlineData("abcdefghi")]
    [InlineData("")]
    public async Task A_bad_siren_is_a_400_invalid_siren(string siren)
    {
        var (client, _, _) = await _api.NewUser();
        var response = await client.PostAsJsonAsync("/api/organisations", new { name = "Acme", siren, category = "Sme", region = "FR-BRE" });
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "invalid_siren");
    }

    [Fact]
    public async Task A_taken_siren_is_a_409_organisation_exists()
    {
        var siren = TestSirens.Next();
        var (first, _, _) = await _api.NewUser();
        Assert.Equal(HttpStatusCode.Created, (await first.PostAsJsonAsync("/api/organisations", new { name = "Première", siren, category = "Large", region = "FR-NOR" })).StatusCode);
        var (second, _, _) = await _api.NewUser();
        await ApiClient.AssertProblem(await second.PostAsJsonAsync("/api/organisations", new { name = "Seconde", siren, category = "Large", region = "FR-NOR" }),
            HttpStatusCode.Conflict, "organisation_exists");
    }

    [Fact]
    public async Task Unknown_region_and_unknown_category_are_400s()
    {
        var (client, _, _) = await _api.NewUser();
        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/organisations", new { name = "Acme", siren = TestSirens.Next(), category = "Sme", region = "FR-XXX" }),
            HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/organisations", new { name = "Acme", siren = TestSirens.Next(), category = "Startup", region = "FR-BRE" }),
            HttpStatusCode.BadRequest, "invalid_json");
    }

    [Fact]
    public async Task Members_read_their_organisation_strangers_get_404_and_search_reveals_only_the_directory_entry()
    {
        var (member, organisationId, _) = await _api.NewApplicant(name: "Laboratoire Ondes — Rennes");
        var (stranger, _, _) = await _api.NewApplicant();

        var mine = await member.GetFromJsonAsync<JsonObject>($"/api/organisations/{organisationId}");
        Assert.Equal("Laboratoire Ondes — Rennes", mine!["name"]!.GetValue<string>());
        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/organisations/{organisationId}"), HttpStatusCode.NotFound, "not_found");

        var found = await stranger.GetFromJsonAsync<JsonArray>($"/api/organisations?siren={mine["siren"]!.GetValue<string>()}");
        var entry = Assert.Single(found!)!.AsObject();
        Assert.Equal(organisationId, entry["id"]!.GetValue<Guid>());
        Assert.False(entry.ContainsKey("siren"));

        var manager = await _api.Manager();
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/organisations/{organisationId}")).StatusCode);
    }

    [Fact]
    public async Task Adding_a_registered_colleague_only_invites_them_until_they_accept()
    {
        var (member, organisationId, _) = await _api.NewApplicant();
        var (colleague, colleagueEmail, _) = await _api.NewUser();
        var response = await member.PostAsJsonAsync($"/api/organisations/{organisationId}/members", new { email = colleagueEmail });
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var invitationId = (await ApiClient.ReadObject(response))["invitationId"]!.GetValue<Guid>();
        var me = await colleague.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Null(me!["organisationId"]?.GetValue<Guid?>());
        Assert.Empty(me["roles"]!.AsArray());

        Assert.Equal(HttpStatusCode.OK, (await colleague.PostAsync($"/api/invitations/{invitationId}/accept", null)).StatusCode);
        me = await colleague.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.Equal(organisationId, me!["organisationId"]!.GetValue<Guid>());
        Assert.Contains("Applicant", me["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
    }

    [Fact]
    public async Task A_member_cannot_create_a_second_organisation()
    {
        var (member, _, _) = await _api.NewApplicant();
        await ApiClient.AssertProblem(await member.PostAsJsonAsync("/api/organisations", new { name = "Bis", siren = TestSirens.Next(), category = "Sme", region = "FR-BRE" }),
            HttpStatusCode.Conflict, "already_member");
    }
}
