using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Security;

public sealed class StrictRateLimitFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("RateLimits:AuthPerMinute", "5"), ("RateLimits:SubmitsPerMinutePerUser", "3"), ("RateLimits:VerifyPerMinute", "5")];
}

public sealed class StrictSubmitLimitFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> ExtraSettings() => [("RateLimits:SubmitsPerMinutePerUser", "3")];
}

[Collection(Collections.StrictSubmitLimit)]
public sealed class SubmitRateLimitTests(StrictSubmitLimitFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Submissions_beyond_the_limit_get_a_429_that_says_when_to_come_back()
    {
        var (applicant, _, _) = await new ApiClient(factory).NewApplicant();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 5 && limited is null; i++)
        {
            var response = await applicant.PostAsync($"/api/proposals/{Guid.NewGuid()}/submit", null);
            statuses.Add(response.StatusCode);
            limited = response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.True(limited is not null, string.Join(", ", statuses));
        await ApiClient.AssertProblem(limited, HttpStatusCode.TooManyRequests, "rate_limited");
        RateLimitAndHeadersTests.AssertRetryAfterWithinTheWindow(limited);
    }
}

[Collection(Collections.StrictRateLimit)]
public sealed class RateLimitAndHeadersTests(StrictRateLimitFactory factory) : PortalTest(factory)
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
        var limited = await client.PostAsJsonAsync("/api/auth/login", new { email = "x@example.test", password = "y" });
        await ApiClient.AssertProblem(limited, HttpStatusCode.TooManyRequests, "rate_limited");
        AssertRetryAfterWithinTheWindow(limited);
    }

    internal static void AssertRetryAfterWithinTheWindow(HttpResponseMessage response)
    {
        var seconds = response.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.True(seconds is >= 1 and <= 60, $"Retry-After: {response.Headers.RetryAfter}");
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
