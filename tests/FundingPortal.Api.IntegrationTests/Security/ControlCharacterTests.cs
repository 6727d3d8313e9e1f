using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Proposals;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// A NUL or another C0 control anywhere in the input is a 400 invalid_characters naming the field — before it can
/// reach PostgreSQL (which answers 22021 to a NUL: a 500 before the fix), for anonymous callers too. Tab, CR and LF stay allowed.
/// </summary>
[Collection(Collections.Security)]
public sealed class ControlCharacterTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    private static async Task AssertRejected(HttpResponseMessage response, string field)
    {
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "invalid_characters");
        var problem = await ApiClient.ReadObject(response);
        Assert.True(problem["errors"]?[field] is not null, $"the problem should name '{field}': {problem.ToJsonString()}");
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Login_and_register_with_a_NUL_in_the_email_are_400_not_500()
    {
        var anonymous = _api.Anonymous();
        await AssertRejected(await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "manager@cluster.test\u0000", password = "x" }), "email");
        await AssertRejected(await anonymous.PostAsJsonAsync("/api/auth/register", new { email = "new\u0000@example.test", password = "correct-horse-battery" }), "email");
        await AssertRejected(await anonymous.PostAsJsonAsync("/api/auth/register", new { email = "new@example.test", password = "correct\u0001horse-battery" }), "password");
    }

    [Fact]
    public async Task Query_values_and_names_with_controls_are_refused_by_name()
    {
        var manager = await _api.Manager();
        await AssertRejected(await manager.GetAsync("/api/organisations?siren=%00"), "siren");
        await AssertRejected(await manager.GetAsync("/api/organisations?name=Ondes%01"), "name");
        await AssertRejected(await manager.GetAsync("/api/admin/users?email=a%00b"), "email");
        await AssertRejected(await manager.GetAsync("/api/calls?x%00y=1"), "x\\u0000y");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/organisations?name=Ondes%09Bretonnes")).StatusCode);
    }

    [Fact]
    public async Task Experts_conflicts_and_members_refuse_controls_in_nested_values_and_property_names()
    {
        var manager = await _api.Manager();
        var (_, _, userId) = await _api.NewUser("expert");
        await AssertRejected(await manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "Dr\u0000Nul", expertise = new[] { "5G" }, callIds = Array.Empty<Guid>() }), "displayName");
        await AssertRejected(await manager.PostAsJsonAsync("/api/experts", new { userId, displayName = "Dr Bel", expertise = new[] { "5G", "radio\u0007" }, callIds = Array.Empty<Guid>() }), "expertise[1]");
        await AssertRejected(await manager.PostAsync("/api/experts", Json("{\"userId\":\"" + userId + "\",\"display\\u001bName\":\"x\"}")), "display\\u001BName");

        var (applicant, organisationId, _) = await _api.NewApplicant();
        await AssertRejected(await applicant.PostAsJsonAsync($"/api/organisations/{organisationId}/members", new { email = "colleague\u0001@example.test" }), "email");
        await AssertRejected(await manager.PostAsync("/api/calls", Json("{\"eligibility\":{\"maxPartners\":null,\"min\\u0000Companies\":2}}")), "eligibility.min\\u0000Companies");
        await AssertRejected(await manager.PostAsync("/api/calls", Json("{\"evaluationGrid\":{\"criteria\":[{\"key\":\"a\"},{\"key\":\"b\",\"label\":\"\\u0002\"}]}}")), "evaluationGrid.criteria[1].label");
    }

    [Fact]
    public async Task A_conflict_reason_with_a_control_is_refused_and_one_with_line_breaks_and_tabs_is_kept()
    {
        var s = await Reviews.ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Motif", ["5G"]);
        var (_, organisationId, _) = await _api.NewApplicant();
        await AssertRejected(await expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { organisationId, reason = "ancien\u0000employeur" }), "reason");
        var kept = await expert.Client.PostAsJsonAsync("/api/experts/me/conflicts", new { organisationId, reason = "Ancien employeur :\r\n\t2015–2020" });
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal("Ancien employeur :\r\n\t2015–2020", (await ApiClient.ReadObject(kept))["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Form_fields_file_names_and_headers_with_controls_are_refused()
    {
        var c = await Consortium.Create(factory);
        var file = new ByteArrayContent(AttachmentTests.MinimalPdf());
        await AssertRejected(await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            new MultipartFormDataContent { { file, "file", "annexe\u0001.pdf" }, { new StringContent("Annex"), "kind" } }), "file");
        await AssertRejected(await c.Lead.PostAsync($"/api/proposals/{c.ProposalId}/attachments",
            new MultipartFormDataContent { { new ByteArrayContent(AttachmentTests.MinimalPdf()), "file", "annexe.pdf" }, { new StringContent("Annex\u0000"), "kind" } }), "kind");

        var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/submit");
        submit.Headers.TryAddWithoutValidation("Idempotency-Key", "key\u0001");
        await AssertRejected(await c.Lead.SendAsync(submit), "Idempotency-Key");
        Assert.Empty((await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task The_web_sign_in_form_with_a_NUL_in_the_email_answers_a_French_400_page()
    {
        var session = new WebSession(WebSession.NewClient(factory));
        var response = await session.PostForm("/connexion", new() { ["Input.Email"] = "manager@cluster.test\u0000", ["Input.Password"] = "x" });
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Caractères non autorisés", page, StringComparison.Ordinal);
        Assert.Contains("caractère de contrôle invisible", page, StringComparison.Ordinal);
    }
}
