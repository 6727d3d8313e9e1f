using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Accounts;

[Collection(Collections.Consent)]
public sealed class PasswordPolicyApiTests(ApiFactory factory) : PortalTest(factory)
{
    [Theory]
    [InlineData("aaaaaaaaaa", "too_short")]
    [InlineData("1234567890", "too_short")]
    [InlineData("motdepasse", "too_short")]
    [InlineData("aaaaaaaaaaaaaaaa", "common")]
    [InlineData("123456789012", "common")]
    [InlineData("motdepasse2026!", "common")]
    [InlineData("Azertyuiop-1234", "common")]
    [InlineData("Marseille2026!!", "common")]
    [InlineData("Claire.Martin-Pole-2026", "contains_email")]
    public async Task Registration_refuses_weak_passwords_with_the_reason(string password, string reason)
    {
        var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/register", new { email = $"claire.martin@{Guid.NewGuid():N}.fr", password });
        await ApiClient.AssertProblem(response, HttpStatusCode.BadRequest, "weak_password");
        var problem = await ApiClient.ReadObject(response);
        Assert.Equal(reason, problem["reason"]!.GetValue<string>());
        Assert.NotEmpty(problem["errors"]!["password"]!.AsArray());
    }
}
