using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>
/// Signed in on the web UI, a page of another site could make the browser POST to the API with the cookie (a form
/// posts cross-site; SameSite=Lax only stops it on some browsers): before, such a withdraw answered 200. Now a
/// cookie-authenticated write to /api/** needs our origin and the anti-forgery header; bearer clients are unaffected
/// and the pages' own forms and cookie downloads keep working.
/// </summary>
[Collection(Collections.Security)]
public sealed class CsrfTests(ApiFactory factory) : PortalTest(factory)
{
    private static HttpRequestMessage CrossSitePost(string path, string? origin = "https://evil.example") =>
        new(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["x"] = "1" }),
            Headers = { { "Origin", origin is null ? [] : [origin] } },
        };

    private async Task<(Consortium Dossier, WebSession Lead)> SubmittedDossierAndItsLeadSignedInOnTheWeb()
    {
        var api = new ApiClient(factory);
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        var email = (await c.Lead.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();
        return (c, await WebSession.SignIn(factory, email, ApiClient.Password));
    }

    [Fact]
    public async Task A_cross_site_withdraw_with_the_cookie_is_403_and_the_dossier_stays_submitted()
    {
        var (c, lead) = await SubmittedDossierAndItsLeadSignedInOnTheWeb();

        await ApiClient.AssertProblem(await lead.Client.SendAsync(CrossSitePost($"/api/proposals/{c.ProposalId}/withdraw")), HttpStatusCode.Forbidden, "csrf_rejected");
        await ApiClient.AssertProblem(await lead.Client.SendAsync(CrossSitePost($"/api/proposals/{c.ProposalId}/withdraw", origin: null)), HttpStatusCode.Forbidden, "csrf_rejected");
        var noOriginButCrossSite = CrossSitePost($"/api/proposals/{c.ProposalId}/submit", origin: null);
        noOriginButCrossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        await ApiClient.AssertProblem(await lead.Client.SendAsync(noOriginButCrossSite), HttpStatusCode.Forbidden, "csrf_rejected");

        Assert.Equal("Submitted", (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_managers_cross_site_writes_are_refused_before_anything_runs()
    {
        var manager = await WebSession.SignIn(factory, ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);
        var c = await Consortium.Create(factory);
        string[] paths =
        [
            $"/api/calls/{c.CallId}/publish", $"/api/calls/{c.CallId}/assignments/auto", $"/api/proposals/{c.ProposalId}/funding-requests",
            $"/api/proposals/{c.ProposalId}/screening", $"/api/funders", $"/api/assignments/{Guid.NewGuid()}/accept",
        ];
        foreach (var path in paths)
        {
            await ApiClient.AssertProblem(await manager.Client.SendAsync(CrossSitePost(path)), HttpStatusCode.Forbidden, "csrf_rejected");
        }

        var put = new HttpRequestMessage(HttpMethod.Put, $"/api/calls/{c.CallId}") { Content = JsonContent.Create(new { title = "x" }) };
        await ApiClient.AssertProblem(await manager.Client.SendAsync(put), HttpStatusCode.Forbidden, "csrf_rejected");
    }

    [Fact]
    public async Task With_the_anti_forgery_header_from_our_own_origin_a_cookie_write_goes_through_and_a_foreign_token_does_not()
    {
        var (c, lead) = await SubmittedDossierAndItsLeadSignedInOnTheWeb();
        var token = (await lead.Client.GetFromJsonAsync<JsonObject>("/api/antiforgery/token"))!;
        Assert.Equal("X-CSRF-TOKEN", token["headerName"]!.GetValue<string>());

        var otherSession = await WebSession.SignIn(factory, ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);
        var foreign = (await otherSession.Client.GetFromJsonAsync<JsonObject>("/api/antiforgery/token"))!["token"]!.GetValue<string>();
        var stolen = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/withdraw");
        stolen.Headers.Add("X-CSRF-TOKEN", foreign);
        await ApiClient.AssertProblem(await lead.Client.SendAsync(stolen), HttpStatusCode.Forbidden, "csrf_rejected");

        var fromForeignOrigin = CrossSitePost($"/api/proposals/{c.ProposalId}/withdraw");
        fromForeignOrigin.Headers.Add("X-CSRF-TOKEN", token["token"]!.GetValue<string>());
        await ApiClient.AssertProblem(await lead.Client.SendAsync(fromForeignOrigin), HttpStatusCode.Forbidden, "csrf_rejected");

        var own = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/withdraw");
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("X-CSRF-TOKEN", token["token"]!.GetValue<string>());
        var response = await lead.Client.SendAsync(own);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("Withdrawn", (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bearer_requests_are_unaffected_even_with_a_foreign_origin()
    {
        var c = await Consortium.Create(factory);
        await c.MakeEligible();
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/submit") { Headers = { { "Origin", "https://integrator.example" } } };
        var response = await c.Lead.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Cookie_downloads_and_reads_of_the_api_keep_working_and_page_forms_still_need_their_token()
    {
        var (c, lead) = await SubmittedDossierAndItsLeadSignedInOnTheWeb();
        JsonArray documents = [];
        for (var i = 0; i < 150 && !documents.Any(d => d!["status"]!.GetValue<string>() == "Ready"); i++)
        {
            await Task.Delay(100);
            documents = (await lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/documents"))!;
        }

        var ready = documents.First(d => d!["status"]!.GetValue<string>() == "Ready")!;
        var download = await lead.Client.GetAsync($"/api/documents/{ready["id"]}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);

        var withoutToken = await lead.Client.PostAsync("/organisation", new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "x@example.test" }));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
    }
}
