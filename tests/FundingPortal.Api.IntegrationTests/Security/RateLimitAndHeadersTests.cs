using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Security;

public sealed class StrictRateLimitFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("RateLimits:AuthPerMinute", "5"), ("RateLimits:SubmitsPerMinutePerUser", "3")];
}

public sealed class RateLimitAndHeadersTests(StrictRateLimitFactory factory) : IClassFixture<StrictRateLimitFactory>
{
    [Fact]
    public async Task Login_attempts_beyond_the_limit_get_a_429_problem()
    {
        var client = factory.CreateClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@example.test", password = "wrong-password-1" })).StatusCode);
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.test", password = "y" }), HttpStatusCode.TooManyRequests, "rate_limited");
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        var response = await factory.CreateClient().GetAsync("/health/live");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }
}
