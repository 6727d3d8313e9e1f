using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;

namespace FundingPortal.Api.IntegrationTests.Privacy;

[Collection(Collections.Reviews)]
public sealed class DataExportTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task An_applicant_downloads_a_json_file_of_their_account_organisation_dossiers_messages_tokens_and_actions()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("EXPORTA", ["5G"]);
        var lead = dossier.Lead.Client;
        var leadEmail = await EmailOf(lead);
        var labEmail = await EmailOf(dossier.Lab.Client);
        await Consortium.Expect(lead.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages", new { body = "Question du chef de file sur l'annexe." }),
            HttpStatusCode.Created);
        await Consortium.Expect(dossier.Lab.Client.PostAsJsonAsync($"/api/proposals/{dossier.ProposalId}/messages", new { body = "Message du laboratoire." }),
            HttpStatusCode.Created);
        var colleague = $"collegue-{Guid.NewGuid():N}@example.test";
        await Consortium.Expect(lead.PostAsJsonAsync($"/api/organisations/{dossier.Lead.OrganisationId}/invitations", new { email = colleague }), HttpStatusCode.Created);
        await Consortium.Expect(lead.PostAsJsonAsync("/api/me/api-tokens", new { name = "Outil de suivi du chef de file", scopes = new[] { "read" } }),
            HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/api/me/calendar-feed")).StatusCode);
        await Consortium.Expect(dossier.Lab.Client.PostAsJsonAsync("/api/me/api-tokens", new { name = "Jeton du laboratoire", scopes = new[] { "read" } }),
            HttpStatusCode.Created);

        var response = await lead.GetAsync("/api/me/data-export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches(@"^""?mes-donnees-\d{4}-\d{2}-\d{2}\.json""?$", disposition.FileName);
        var raw = await response.Content.ReadAsStringAsync();
        var export = JsonNode.Parse(raw)!.AsObject();

        Assert.Equal(leadEmail, export["account"]!["email"]!.GetValue<string>());
        Assert.Equal("fr", export["account"]!["language"]!.GetValue<string>());
        Assert.Contains("Applicant", export["account"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.NotNull(export["account"]!["lastSignInAt"]!.GetValue<DateTimeOffset?>());
        Assert.NotEmpty(export["account"]!["signIns"]!.AsArray());
        Assert.Equal(dossier.Lead.OrganisationId, export["memberships"]![0]!["organisationId"]!.GetValue<Guid>());
        var exported = Assert.Single(export["dossiers"]!.AsArray(), d => d!["reference"]!.GetValue<string>() == dossier.Reference)!;
        Assert.Equal("Lead", exported["role"]!.GetValue<string>());
        Assert.Equal("Submitted", exported["status"]!.GetValue<string>());
        var message = Assert.Single(export["messages"]!.AsArray())!;
        Assert.Equal("Question du chef de file sur l'annexe.", message["body"]!.GetValue<string>());
        Assert.Equal(colleague, Assert.Single(export["invitations"]!["sent"]!.AsArray())!["email"]!.GetValue<string>());
        Assert.Empty(export["invitations"]!["received"]!.AsArray());
        Assert.Equal("Outil de suivi du chef de file", Assert.Single(export["apiTokens"]!.AsArray())!["name"]!.GetValue<string>());
        Assert.NotNull(export["calendarFeed"]!["createdAt"]);
        Assert.Null(export["expert"]);
        var actions = export["auditEntries"]!.AsArray().Select(a => a!["action"]!.GetValue<string>()).ToList();
        Assert.Contains("proposal_created", actions);
        Assert.Contains("proposal_submitted", actions);
        Assert.All(export["auditEntries"]!.AsArray(), a => Assert.Equal("proposal", a!["stream"]!.GetValue<string>()));
        foreach (var section in new[] { "exportedAt", "account", "consents", "memberships", "invitations", "joinRequests", "dossiers", "messages", "notifications",
                     "apiTokens", "auditEntries" })
        {
            Assert.True(export.ContainsKey(section), $"section {section}");
        }

        // Another person's data never appears: not the partner's address, message or token, not any secret.
        Assert.DoesNotContain(labEmail, raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Message du laboratoire.", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Jeton du laboratoire", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("tokenHash", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("passwordHash", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("nonce", raw, StringComparison.OrdinalIgnoreCase);

        var labExport = (await dossier.Lab.Client.GetFromJsonAsync<JsonObject>("/api/me/data-export"))!;
        Assert.Equal("Partner", Assert.Single(labExport["dossiers"]!.AsArray(), d => d!["reference"]!.GetValue<string>() == dossier.Reference)!["role"]!.GetValue<string>());
        Assert.DoesNotContain(leadEmail, labExport.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Question du chef de file", labExport.ToJsonString(), StringComparison.Ordinal);

        // The consortium's notifications arrive through the worker: the lead's export lists them once they exist.
        var notifications = await Eventually(async () => (await lead.GetFromJsonAsync<JsonObject>("/api/me/data-export"))!["notifications"]!.AsArray());
        Assert.NotEmpty(notifications);
        Assert.All(notifications, n => Assert.False(string.IsNullOrEmpty(n!["title"]!.GetValue<string>())));
    }

    [Fact]
    public async Task An_expert_finds_their_profile_affiliations_declared_conflicts_assignments_and_own_review_but_no_other_experts()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("EXPORTB", ["5G"]);
        var conflictedDossier = await s.SubmitDossier("EXPORTC", ["5G"]);
        var affiliation = await s.NewApplicant("Sme", "FR-BRE");
        var expert = await s.NewExpert("Dr Camille Export", ["5G"], (affiliation.OrganisationId, new DateOnly(2020, 1, 1), null));
        var other = await s.NewExpert("Dr Dominique Autre", ["5G"]);
        await Consortium.Expect(expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { organisationId = affiliation.OrganisationId, reason = "Ancien employeur." }),
            HttpStatusCode.Created);
        s.Close();
        var assignment = await s.Assign(dossier, expert);
        var otherAssignment = await s.Assign(dossier, other);
        await s.Assign(conflictedDossier, expert);
        await Consortium.Expect(expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { proposalId = conflictedDossier.ProposalId, reason = "Conseil du chef de file." }),
            HttpStatusCode.Created);
        await Consortium.Expect(expert.Client.PutAsJsonAsync($"/api/assignments/{assignment}/review", new { scores = new { innovation = 4 }, overallComment = "Mon avis." }),
            HttpStatusCode.OK);
        await Consortium.Expect(other.Client.PutAsJsonAsync($"/api/assignments/{otherAssignment}/review", new { scores = new { innovation = 2 }, overallComment = "Avis de l'autre expert." }),
            HttpStatusCode.OK);

        var export = (await expert.Client.GetFromJsonAsync<JsonObject>("/api/me/data-export"))!;
        var profile = export["expert"]!;
        Assert.Equal(expert.ExpertId, profile["expertId"]!.GetValue<Guid>());
        Assert.Equal("Dr Camille Export", profile["displayName"]!.GetValue<string>());
        Assert.Equal(affiliation.OrganisationId, Assert.Single(profile["affiliations"]!.AsArray())!["organisationId"]!.GetValue<Guid>());
        Assert.Contains("Ancien employeur.", profile["declaredConflicts"]!.AsArray().Select(c => c!["reason"]!.GetValue<string>()));
        Assert.Equal(2, profile["assignments"]!.AsArray().Count);
        var exported = Assert.Single(profile["assignments"]!.AsArray(), a => a!["proposalId"]!.GetValue<Guid>() == dossier.ProposalId)!;
        Assert.Equal(dossier.Reference, exported["proposalReference"]!.GetValue<string>());
        Assert.Equal("Mon avis.", exported["review"]!["overallComment"]!.GetValue<string>());
        // The dossier they declared a conflict with is out of their sight, its reference too.
        var declined = Assert.Single(profile["assignments"]!.AsArray(), a => a!["proposalId"]!.GetValue<Guid>() == conflictedDossier.ProposalId)!;
        Assert.Null(declined["proposalReference"]);
        Assert.Equal("Declined", declined["status"]!.GetValue<string>());
        Assert.Empty(export["dossiers"]!.AsArray());
        var raw = export.ToJsonString();
        Assert.DoesNotContain("Dr Dominique Autre", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("Avis de l'autre expert", raw, StringComparison.Ordinal);
        Assert.DoesNotContain(conflictedDossier.Reference, raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_account_page_links_the_download_which_works_with_the_web_sign_in_cookie()
    {
        var api = new ApiClient(factory);
        var (_, email, userId) = await api.NewUser("web-export");
        var web = await WebSession.SignIn(factory, email, ApiClient.Password);

        var page = await web.Client.GetStringAsync("/compte");
        Assert.Contains("href=\"/api/me/data-export\" download", page, StringComparison.Ordinal);
        Assert.Contains("Télécharger mes données", page, StringComparison.Ordinal);

        var download = await web.Client.GetAsync("/api/me/data-export");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var export = (await download.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(userId, export["account"]!["userId"]!.GetValue<Guid>());
        Assert.Equal(email, export["account"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_export_needs_a_signed_in_person()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await new ApiClient(factory).Anonymous().GetAsync("/api/me/data-export")).StatusCode);
    }

    private static async Task<string> EmailOf(HttpClient client) => (await client.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();

    private static async Task<JsonArray> Eventually(Func<Task<JsonArray>> read)
    {
        for (var attempt = 0; ; attempt++)
        {
            var items = await read();
            if (items.Count > 0 || attempt == 100)
            {
                return items;
            }

            await Task.Delay(100);
        }
    }
}
