using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Foundation;

/// <summary>Forms that used to stop at their first error report every field in error at once (issue 19 item 3).</summary>
[Collection(Collections.Proposals)]
public sealed class WholeFormErrorsTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task An_organisation_with_a_bad_name_siren_region_and_group_siren_gets_all_four_field_errors_in_one_answer()
    {
        var (client, _, _) = await _api.NewUser();
        var response = await client.PostAsJsonAsync("/api/organisations",
            new { name = "", siren = "123456789", category = "Sme", region = "FR-XXX", parentSiren = "12" });

        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "validation_failed");
        var errors = (await ApiClient.ReadObject(response))["errors"]!.AsObject();
        Assert.Equal(["name", "parentSiren", "region", "siren"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_partner_invitation_with_a_bad_address_and_a_too_long_organisation_name_names_both_fields()
    {
        var c = await Consortium.Create(factory);
        var response = await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations",
            new { email = "pas-une-adresse", organisationName = new string('A', 400) });

        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "validation_failed");
        var errors = (await ApiClient.ReadObject(response))["errors"]!.AsObject();
        Assert.Equal(["email", "organisationName"], errors.Select(e => e.Key).Order(StringComparer.Ordinal));
        Assert.Empty((await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/partner-invitations"))!);
    }
}
