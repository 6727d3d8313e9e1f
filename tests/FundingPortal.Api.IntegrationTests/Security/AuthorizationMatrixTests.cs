using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// Every endpoint of the OpenAPI document × callers who have no business with the victim's dossier: anonymous,
/// a user without organisation, an applicant of another organisation, an expert and a funder officer who are not
/// involved. None may get a 5xx, and no 2xx body may contain any of the victim's secret markers.
/// </summary>
public sealed class AuthorizationMatrixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    // The calendar feed's secret URL is its own credential (calendar apps send no header): a forged one is a 404.
    private static readonly string[] PublicPrefixes = ["/health", "/openapi", "/api/auth/", "/scalar", "/api/calendar/"];

    [Fact]
    public async Task No_endpoint_leaks_another_organisations_dossier_to_anyone()
    {
        var api = new ApiClient(factory);
        var token = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var victim = await Consortium.Create(factory);
        var secretAcronym = $"SECRET-{token}";
        await Consortium.Expect(victim.Lead.PutAsJsonAsync($"/api/proposals/{victim.ProposalId}", new
        {
            acronym = secretAcronym, title = $"Titre confidentiel {token}", summary = $"Résumé confidentiel {token}", keywords = new[] { token }, trlStart = 3, trlTarget = 6, durationMonths = 36,
        }), HttpStatusCode.OK);
        await victim.MakeEligible();
        await Consortium.Expect(victim.Lead.PutAsJsonAsync($"/api/proposals/{victim.ProposalId}/partners/{victim.LeadOrganisationId}/budget",
            new { personnel = 612_345.67m, overheads = 100_000m }), HttpStatusCode.OK);
        var file = new ByteArrayContent(AttachmentTests.MinimalPdf());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var upload = await victim.Lead.PostAsync($"/api/proposals/{victim.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", $"annexe-{token}.pdf" }, { new StringContent("Annex"), "kind" } });
        var attachmentId = (await ApiClient.ReadObject(upload))["id"]!.GetValue<string>();
        await Consortium.Expect(victim.Submit(), HttpStatusCode.OK);
        var leadUserId = (await victim.Lead.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<string>();
        var reference = (await victim.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{victim.ProposalId}"))!["reference"]!.GetValue<string>();
        string[] secrets = [token, secretAcronym, reference, "612345.67", "612 345,67"];

        // The oracle can fail: the owner does see the markers.
        var own = await victim.Lead.GetStringAsync($"/api/proposals/{victim.ProposalId}");
        Assert.Contains(secretAcronym, own);

        var before = await Fingerprint(victim);
        var manager = await api.Manager();
        var (loner, _, _) = await api.NewUser("loner");
        var (stranger, _, _) = await api.NewApplicant();
        var (expert, _, expertUserId) = await api.NewUser("expert");
        await Consortium.Expect(manager.PutAsJsonAsync($"/api/admin/users/{expertUserId}/roles", new { roles = new[] { "Expert" } }), HttpStatusCode.OK);
        var otherFunder = await ApiClient.ReadObject(await manager.PostAsJsonAsync("/api/funders", new { name = $"Région Occitanie {Guid.NewGuid():N}", kind = "Region", region = "FR-OCC" }));
        var (officer, _, officerUserId) = await api.NewUser("officer");
        await Consortium.Expect(manager.PutAsJsonAsync($"/api/admin/users/{officerUserId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = otherFunder["id"] }), HttpStatusCode.OK);

        var callers = new (string Name, HttpClient Client)[]
        {
            ("anonymous", api.Anonymous()), ("no organisation", loner), ("other organisation", stranger), ("uninvolved expert", expert), ("other funder's officer", officer),
        };
        var values = new Dictionary<string, string>
        {
            ["id"] = victim.ProposalId.ToString(), ["proposalId"] = victim.ProposalId.ToString(), ["callId"] = victim.CallId.ToString(),
            ["organisationId"] = victim.LeadOrganisationId.ToString(), ["attachmentId"] = attachmentId, ["userId"] = leadUserId, ["version"] = "1",
        };

        var (operations, _) = await OpenApiEndpoints.Load(api.Anonymous());
        var failures = new List<string>();
        // Signing out ends the caller's session for good: last, or every operation after it would only see 401s.
        foreach (var operation in operations.OrderBy(o => o.PathTemplate == "/api/auth/logout"))
        {
            var path = OpenApiEndpoints.Fill(operation.PathTemplate, values);
            var isPublic = PublicPrefixes.Any(p => path.StartsWith(p, StringComparison.Ordinal));
            foreach (var (name, client) in callers)
            {
                var request = new HttpRequestMessage(new HttpMethod(operation.Method), path);
                if (operation.IsMultipart)
                {
                    request.Content = new MultipartFormDataContent { { new StringContent("Annex"), "kind" } };
                }
                else if (operation.Method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                var status = (int)response.StatusCode;
                if (status >= 500)
                {
                    failures.Add($"{name} {operation.Method} {operation.PathTemplate}: {status}");
                }
                else if (name == "anonymous" && !isPublic && status != 401)
                {
                    failures.Add($"{name} {operation.Method} {operation.PathTemplate}: expected 401, got {status}");
                }
                else if (status < 300 && secrets.FirstOrDefault(s => body.Contains(s, StringComparison.Ordinal)) is { } leaked)
                {
                    failures.Add($"{name} {operation.Method} {operation.PathTemplate}: {status} leaks '{leaked}'");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(operations.Count >= 25, $"only {operations.Count} operations found in the OpenAPI document");
        Assert.Equal(before, await Fingerprint(victim));
    }

    private static async Task<string> Fingerprint(Consortium victim)
    {
        var response = await victim.Lead.GetAsync($"/api/proposals/{victim.ProposalId}");
        var history = await victim.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{victim.ProposalId}/history");
        return $"{response.Headers.ETag} / {history!.Count} audit entries";
    }
}
