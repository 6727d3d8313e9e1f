using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Accounts;

[Collection(Collections.Accounts)]
public sealed class MfaTests(AccountsApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Totp_set_up_then_every_sign_in_needs_a_fresh_code_from_the_authenticator()
    {
        var (client, email, _) = await _api.NewUser("totp");
        var setup = await ApiClient.ReadObject(await client.PostAsync("/api/auth/mfa/setup", null));
        var secret = setup["secret"]!.GetValue<string>();
        var uri = new Uri(setup["otpauthUri"]!.GetValue<string>());
        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Contains($"secret={secret}", uri.Query, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString(email), uri.AbsolutePath, StringComparison.Ordinal);

        await ApiClient.AssertProblem(await client.PostAsJsonAsync("/api/auth/mfa/enable", new { code = "000000" }), HttpStatusCode.BadRequest, "invalid_code");
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/auth/mfa/enable", new { code = Code(secret) })).StatusCode);
        Assert.True((await client.GetFromJsonAsync<JsonObject>("/api/me"))!["mfaEnabled"]!.GetValue<bool>());
        await ApiClient.AssertProblem(await client.PostAsync("/api/auth/mfa/setup", null), HttpStatusCode.Conflict, "mfa_already_enabled");

        var anonymous = _api.Anonymous();
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password }),
            HttpStatusCode.Unauthorized, "mfa_required");
        // The code that enabled MFA was spent: the same 30-second step cannot sign in (RFC 6238 §5.2).
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password, totpCode = Code(secret) }),
            HttpStatusCode.Unauthorized, "invalid_code");

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var code = Code(secret);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password, totpCode = code })).StatusCode);
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password, totpCode = code }),
            HttpStatusCode.Unauthorized, "invalid_code");
        // A right code with a wrong password says nothing about the code.
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = "Pas-Le-Bon-Mot-De-Passe", totpCode = Code(secret) }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task Enabling_mfa_ends_the_other_password_only_sessions_but_not_the_callers()
    {
        var (client, email, _) = await _api.NewUser("others");
        var elsewhere = await _api.Login(email);
        var secret = (await ApiClient.ReadObject(await client.PostAsync("/api/auth/mfa/setup", null)))["secret"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync("/api/auth/mfa/enable", new { code = Code(secret) })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task Recovery_codes_are_shown_once_and_each_signs_in_once()
    {
        var (client, email, _) = await _api.NewUser("recovery");
        await ApiClient.AssertProblem(await client.PostAsync("/api/auth/mfa/recovery-codes", null), HttpStatusCode.Conflict, "mfa_not_enabled");
        var secret = (await ApiClient.ReadObject(await client.PostAsync("/api/auth/mfa/setup", null)))["secret"]!.GetValue<string>();
        await client.PostAsJsonAsync("/api/auth/mfa/enable", new { code = Code(secret) });

        var codes = (await ApiClient.ReadObject(await client.PostAsync("/api/auth/mfa/recovery-codes", null)))["recoveryCodes"]!.AsArray()
            .Select(c => c!.GetValue<string>()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[A-Z2-9]{5}-[A-Z2-9]{5}$", c));

        var anonymous = _api.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password, recoveryCode = codes[3].ToLowerInvariant() })).StatusCode);
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password, recoveryCode = codes[3] }),
            HttpStatusCode.Unauthorized, "invalid_code");

        // New codes replace the old ones.
        var fresh = (await ApiClient.ReadObject(await client.PostAsync("/api/auth/mfa/recovery-codes", null)))["recoveryCodes"]!.AsArray();
        await ApiClient.AssertProblem(await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password, recoveryCode = codes[4] }),
            HttpStatusCode.Unauthorized, "invalid_code");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.PostAsJsonAsync("/api/auth/login",
            new { email, password = ApiClient.Password, recoveryCode = fresh[0]!.GetValue<string>() })).StatusCode);
    }

    [Fact]
    public async Task Staff_without_mfa_can_only_set_it_up_until_they_have()
    {
        var manager = await _api.Manager();
        var me = await manager.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.True(me!["mfaEnrolmentRequired"]!.GetValue<bool>());
        await ApiClient.AssertProblem(await manager.GetAsync("/api/calls"), HttpStatusCode.Forbidden, "mfa_enrolment_required");
        await ApiClient.AssertProblem(await manager.GetAsync("/api/admin/users"), HttpStatusCode.Forbidden, "mfa_enrolment_required");
        var french = new HttpRequestMessage(HttpMethod.Get, "/api/calls") { Headers = { { "Accept-Language", "fr-FR" } } };
        Assert.Contains("vérification en deux étapes", (await ApiClient.ReadObject(await manager.SendAsync(french)))["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        // A funder officer named by the manager is held the same way; an applicant is not.
        var (officer, _, officerId) = await _api.NewUser("officer");
        var (applicant, _, _) = await _api.NewApplicant();
        var secret = (await ApiClient.ReadObject(await manager.PostAsync("/api/auth/mfa/setup", null)))["secret"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await manager.PostAsJsonAsync("/api/auth/mfa/enable", new { code = Code(secret) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/api/calls")).StatusCode);
        Assert.False((await manager.GetFromJsonAsync<JsonObject>("/api/me"))!["mfaEnrolmentRequired"]!.GetValue<bool>());

        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/admin/users/{officerId}/roles", new { roles = new[] { "FunderOfficer" }, funderId = state })).StatusCode);
        await ApiClient.AssertProblem(await officer.GetAsync("/api/calls"), HttpStatusCode.Forbidden, "mfa_enrolment_required");
        Assert.Equal(HttpStatusCode.OK, (await applicant.GetAsync("/api/calls")).StatusCode);

        // The manager's next sign-in needs the second factor.
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = ApiFactory.ManagerEmail, password = ApiFactory.ManagerPassword }),
            HttpStatusCode.Unauthorized, "mfa_required");
        var signedIn = await _api.Anonymous().PostAsJsonAsync("/api/auth/login",
            new { email = ApiFactory.ManagerEmail, password = ApiFactory.ManagerPassword, totpCode = Code(secret) });
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        var token = (await ApiClient.ReadObject(signedIn))["accessToken"]!.GetValue<string>();
        var fresh = _api.Anonymous();
        fresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync("/api/dashboard")).StatusCode);
    }

    private string Code(string secret) => TestTotp.Code(secret, factory.Clock.GetUtcNow());
}
