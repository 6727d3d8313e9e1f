using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>Subscriptions on a host with the production rule: no private, loopback or link-local target (SSRF).</summary>
[Collection(Collections.Proposals)]
public sealed class WebhookSubscriptionTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Theory]
    [InlineData("ftp://hooks.example.com/portal")]
    [InlineData("file:///etc/passwd")]
    [InlineData("hooks.example.com/portal")]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost:8080/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.1.10/hook")]
    [InlineData("http://172.20.0.1/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://100.64.0.1/hook")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    [InlineData("http://0.0.0.0/hook")]
    [InlineData("https://crm:secret@hooks.example.com/portal")]
    public async Task A_non_http_or_private_target_is_refused_with_webhook_target_refused(string url)
    {
        var manager = await _api.Manager();
        var response = await manager.PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "proposal.submitted" }, secret = "s3cret-de-seize-caractères" });
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "webhook_target_refused");
        Assert.Empty((await manager.GetFromJsonAsync<System.Text.Json.Nodes.JsonArray>("/api/webhooks"))!);
    }

    [Fact]
    public async Task An_unknown_event_a_short_secret_or_a_caller_who_is_not_a_manager_is_refused()
    {
        var manager = await _api.Manager();
        const string url = "http://127.0.0.1:9/hook";
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "proposal.eaten" }, secret = "s3cret-de-seize-caractères" }),
            HttpStatusCode.BadRequest, "unknown_event");
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/webhooks", new { url, events = Array.Empty<string>(), secret = "s3cret-de-seize-caractères" }),
            HttpStatusCode.BadRequest, "unknown_event");
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "funding.decided" }, secret = "court" }),
            HttpStatusCode.BadRequest, "invalid_webhook_secret");

        var (applicant, _, _) = await _api.NewApplicant();
        await ApiClient.AssertProblem(await applicant.PostAsJsonAsync("/api/webhooks", new { url, events = new[] { "funding.decided" }, secret = "s3cret-de-seize-caractères" }),
            HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await applicant.GetAsync($"/api/webhooks/{Guid.NewGuid()}/deliveries"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await manager.GetAsync($"/api/webhooks/{Guid.NewGuid()}/deliveries"), HttpStatusCode.NotFound, "not_found");
    }
}
