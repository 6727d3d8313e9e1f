using System.Net;
using System.Net.Http.Json;
using System.Text;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace FundingPortal.Api.IntegrationTests.Security;

/// <summary>Our own words for every request the framework cannot bind, and duplicate JSON keys refused.</summary>
[Collection(Collections.Security)]
public sealed class HttpHygieneTests(ApiFactory factory) : PortalTest(factory)
{
    private static readonly string[] FrameworkTexts = ["Failed to bind", "Nullable<", "Implicit body", "Required parameter", "Did you mean", "FundingPortal."];

    private static async Task<string> AssertOwnProblem(HttpResponseMessage response, string code, string? field = null)
    {
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, code);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(FrameworkTexts, t => body.Contains(t, StringComparison.Ordinal));
        if (field is not null)
        {
            Assert.NotNull((await ApiClient.ReadObject(response))["errors"]?[field]);
        }

        return body;
    }

    [Fact]
    public async Task Bad_query_values_name_the_parameter_and_what_it_takes_without_the_frameworks_words()
    {
        var (applicant, _, _) = await new ApiClient(factory).NewApplicant();
        Assert.Contains("Draft, ", await AssertOwnProblem(await applicant.GetAsync("/api/proposals?status=Nope"), "invalid_parameter", "status"), StringComparison.Ordinal);
        Assert.Contains("GUID", await AssertOwnProblem(await applicant.GetAsync("/api/proposals?callId=not-an-id"), "invalid_parameter", "callId"), StringComparison.Ordinal);
        Assert.Contains("true or false", await AssertOwnProblem(await applicant.GetAsync("/api/notifications?unreadOnly=perhaps"), "invalid_parameter", "unreadOnly"),
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_body_is_400_body_required()
    {
        var manager = await new ApiClient(factory).Manager();
        await AssertOwnProblem(await manager.PostAsync("/api/calls", null), "body_required");
        await AssertOwnProblem(await manager.PostAsync("/api/funders", new StringContent("", Encoding.UTF8, "application/json")), "body_required");
    }

    [Theory]
    [InlineData("{\"email\":\"a@example.test\",\"password\":\"x\",\"email\":\"manager@cluster.test\"}", "email")]
    [InlineData("{\"email\":\"a@example.test\",\"password\":\"x\",\"Password\":\"y\"}", "Password")]
    public async Task Duplicate_keys_are_400_malformed_json_even_when_only_their_case_differs(string body, string field) =>
        await AssertOwnProblem(await factory.CreateClient().PostAsync("/api/auth/login", new StringContent(body, Encoding.UTF8, "application/json")), "malformed_json", field);

    [Fact]
    public async Task A_nested_duplicate_key_is_refused_and_the_same_key_in_sibling_objects_is_fine()
    {
        var manager = await new ApiClient(factory).Manager();
        await AssertOwnProblem(await manager.PostAsync("/api/calls", new StringContent("{\"eligibility\":{\"minCompanies\":2,\"minCompanies\":0}}", Encoding.UTF8, "application/json")),
            "malformed_json", "eligibility.minCompanies");
        var siblings = await manager.PostAsync("/api/calls", new StringContent("{\"evaluationGrid\":{\"criteria\":[{\"key\":\"a\"},{\"key\":\"b\"}]}}", Encoding.UTF8, "application/json"));
        Assert.NotEqual("malformed_json", (await ApiClient.ReadObject(siblings))["code"]?.GetValue<string>());
    }
}

public sealed class HttpsHostFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() =>
        [("ForwardedHeaders:Enabled", "true"), ("ForwardedHeaders:KnownProxies:0", "10.0.0.1")];
}

/// <summary>Behind TLS: HSTS, Secure and __Host- cookies; X-Forwarded-Proto trusted only from the configured proxy.</summary>
[Collection(Collections.Https)]
public sealed class HttpsTests(HttpsHostFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Over_https_the_sign_in_and_anti_forgery_cookies_are_host_prefixed_and_secure_and_the_session_works()
    {
        var session = new WebSession(WebSession.NewClient(factory, "https://portal.example"));
        var page = await session.Client.GetAsync("/connexion");
        Assert.Contains("max-age=31536000", page.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-fp.af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase)
            && c.Contains("path=/", StringComparison.OrdinalIgnoreCase));

        var signIn = await session.PostForm("/connexion", new() { ["Input.Email"] = ApiFactory.ManagerEmail, ["Input.Password"] = ApiFactory.ManagerPassword });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var auth = signIn.Headers.GetValues("Set-Cookie").Single(c => c.Contains("fp.auth", StringComparison.Ordinal));
        Assert.StartsWith("__Host-fp.auth=", auth, StringComparison.Ordinal);
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/gestion/tableau-de-bord")).StatusCode);

        // A plain "fp.auth" planted by a sibling site is not taken for the session over HTTPS.
        var planted = auth[HostPrefixLength..auth.IndexOf(';', StringComparison.Ordinal)];
        var tossed = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        tossed.Headers.Add("Cookie", planted);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WebSession.NewClient(factory, "https://portal.example").SendAsync(tossed)).StatusCode);
        var overHttp = new HttpRequestMessage(HttpMethod.Get, "http://portal.example/api/me");
        overHttp.Headers.Add("Cookie", planted);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().SendAsync(overHttp)).StatusCode);
    }

    private const int HostPrefixLength = 7;

    [Fact]
    public async Task Plain_http_gets_no_HSTS_and_keeps_plain_cookie_names()
    {
        var page = await WebSession.NewClient(factory, "http://portal.example").GetAsync("/connexion");
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
        Assert.Contains(page.Headers.GetValues("Set-Cookie"), c => c.StartsWith("fp.af=", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("10.0.0.2", false)]
    public async Task X_Forwarded_Proto_is_believed_only_from_the_known_proxy(string remote, bool https)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = "GET";
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("portal.example");
            c.Request.Path = "/health/live";
            c.Request.Headers["X-Forwarded-Proto"] = "https";
            c.Request.Headers["X-Forwarded-For"] = "203.0.113.7";
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        });
        Assert.Equal(https, context.Response.Headers.ContainsKey("Strict-Transport-Security"));
    }
}
