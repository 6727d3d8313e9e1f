using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Consent;

[Collection(Collections.Consent)]
public sealed class PartnerInvitationTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_lead_invites_a_partner_who_registers_creates_the_organisation_accepts_and_fills_its_budget()
    {
        var c = await Consortium.Create(factory);
        var before = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}");
        var email = $"directrice-{Guid.NewGuid():N}@armor-photonique.test";
        var created = await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", new { email, organisationName = "Armor Photonique" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var invitationId = (await ApiClient.ReadObject(created))["id"]!.GetValue<Guid>();
        var pending = Assert.Single((await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/partner-invitations"))!)!;
        Assert.Equal(email, pending["email"]!.GetValue<string>());
        Assert.Equal("Armor Photonique", pending["organisationName"]!.GetValue<string>());
        Assert.Equal(before.Headers.ETag, (await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}")).Headers.ETag);

        var mail = await _api.Mailbox.WaitFor(email, "Invitation à rejoindre le consortium du projet OCÉAN-5G");
        Assert.Contains("Ondes Bretonnes SAS", mail.Text, StringComparison.Ordinal);
        Assert.StartsWith("/inscription?email=", mail.LinkTo("/inscription"), StringComparison.Ordinal);

        // She registers, confirms her address, and is asked to bring an organisation first.
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = ApiClient.Password })).StatusCode);
        await _api.ConfirmEmail(email);
        var partner = await _api.Login(email);
        var mine = Assert.Single((await partner.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!)!;
        Assert.Equal("Partner", mine["kind"]!.GetValue<string>());
        Assert.Equal("Armor Photonique", mine["organisationName"]!.GetValue<string>());
        var reference = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["reference"]!.GetValue<string>();
        Assert.Equal(reference, mine["proposalReference"]!.GetValue<string>());
        await ApiClient.AssertProblem(await partner.PostAsync($"/api/invitations/{invitationId}/accept", null), HttpStatusCode.Conflict, "organisation_required");

        var organisation = await partner.PostAsJsonAsync("/api/organisations", new { name = "Armor Photonique", siren = TestSirens.Next(), category = "Sme", region = "FR-BRE" });
        var organisationId = (await ApiClient.ReadObject(organisation))["id"]!.GetValue<Guid>();
        var accepted = await partner.PostAsync($"/api/invitations/{invitationId}/accept", null);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        Assert.Equal(c.ProposalId, (await ApiClient.ReadObject(accepted))["proposalId"]!.GetValue<Guid>());

        var dossier = await partner.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}");
        var joined = dossier!["partners"]!.AsArray().Single(p => p!["organisationId"]!.GetValue<Guid>() == organisationId)!;
        Assert.False(joined["isLead"]!.GetValue<bool>());
        Assert.Equal(0m, joined["budget"]!["total"]!.GetValue<decimal>());
        var history = await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history");
        var added = history!.Last(h => h!["action"]!.GetValue<string>() == "partner_added")!;
        Assert.Equal((await partner.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>(), added["actorUserId"]!.GetValue<Guid>());
        Assert.Contains(invitationId.ToString(), added["details"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True((await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/history/verify"))!["valid"]!.GetValue<bool>());

        // The lead's stale copy no longer writes; the new partner fills its own budget.
        var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/proposals/{c.ProposalId}") { Content = JsonContent.Create(Consortium.ValidFields) };
        stale.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(before.Headers.ETag!.Tag));
        await ApiClient.AssertProblem(await c.Lead.SendAsync(stale), HttpStatusCode.PreconditionFailed, "stale_etag");
        await Consortium.Expect(partner.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{organisationId}/budget",
            new { personnel = 120_000m, overheads = 30_000m, subcontracting = 0m, equipment = 10_000m, otherCosts = 0m }), HttpStatusCode.OK);
        Assert.Empty((await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/partner-invitations"))!);
    }

    [Fact]
    public async Task Only_the_lead_invites_partners_and_strangers_learn_nothing()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var (stranger, _, _) = await _api.NewApplicant();
        var body = new { email = $"x-{Guid.NewGuid():N}@example.test" };
        await ApiClient.AssertProblem(await c.Lab.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", body), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await stranger.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", body), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await stranger.GetAsync($"/api/proposals/{c.ProposalId}/partner-invitations"), HttpStatusCode.NotFound, "not_found");
        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", new { email = "nope" }),
            HttpStatusCode.BadRequest, "invalid_email");
        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations",
            new { email = "ok@example.test", organisationName = new string('a', 201) }), HttpStatusCode.BadRequest, "validation_failed");

        var id = (await ApiClient.ReadObject(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", body)))["id"]!.GetValue<Guid>();
        await ApiClient.AssertProblem(await c.Lab.PostAsync($"/api/invitations/{id}/revoke", null), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.NoContent, (await c.Lead.PostAsync($"/api/invitations/{id}/revoke", null)).StatusCode);
    }

    [Fact]
    public async Task An_acceptance_after_the_deadline_is_refused_and_changes_nothing()
    {
        var c = await Consortium.Create(factory, deadlineInDays: 3);
        var (partner, organisationId, email) = await _api.NewApplicant("Research", "FR-NOR");
        var id = (await ApiClient.ReadObject(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", new { email })))["id"]!.GetValue<Guid>();
        var before = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}");

        factory.Clock.SetUtcNow(c.DeadlineUtc.AddMinutes(1));
        await ApiClient.AssertProblem(await partner.PostAsync($"/api/invitations/{id}/accept", null), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", new { email = "late@example.test" }),
            HttpStatusCode.Conflict, "deadline_passed");

        var after = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}");
        Assert.Equal(before.Headers.ETag, after.Headers.ETag);
        var partners = (await ApiClient.ReadObject(after))["partners"]!.AsArray();
        Assert.DoesNotContain(partners, p => p!["organisationId"]!.GetValue<Guid>() == organisationId);
        Assert.Single((await partner.GetFromJsonAsync<JsonArray>("/api/me/invitations"))!);
    }

    [Fact]
    public async Task Two_partners_accepting_at_the_same_moment_both_join_under_the_dossier_version()
    {
        var c = await Consortium.Create(factory);
        var invitees = new List<(HttpClient Client, Guid OrganisationId, Guid InvitationId)>();
        for (var i = 0; i < 2; i++)
        {
            var (client, organisationId, email) = await _api.NewApplicant(i % 2 == 0 ? "Sme" : "Research", "FR-BRE");
            var id = (await ApiClient.ReadObject(await c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partner-invitations", new { email })))["id"]!.GetValue<Guid>();
            invitees.Add((client, organisationId, id));
        }

        var version = int.Parse((await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}")).Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        var answers = await Task.WhenAll(invitees.Select(i => i.Client.PostAsync($"/api/invitations/{i.InvitationId}/accept", null)));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        var dossier = await c.Lead.GetAsync($"/api/proposals/{c.ProposalId}");
        var partners = (await ApiClient.ReadObject(dossier))["partners"]!.AsArray().Select(p => p!["organisationId"]!.GetValue<Guid>()).ToList();
        Assert.All(invitees, i => Assert.Contains(i.OrganisationId, partners));
        Assert.Equal(version + 2, int.Parse(dossier.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True((await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/history/verify"))!["valid"]!.GetValue<bool>());
    }
}
