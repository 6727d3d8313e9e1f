using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Accounts;

[Collection(Collections.Accounts)]
public sealed class EmailConfirmationTests(AccountsApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task Registration_sends_a_confirmation_link_that_works_once_and_me_tells_whether_the_address_is_confirmed()
    {
        var (client, email, _) = await _api.NewUnconfirmedUser("confirm");
        var me = await client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.False(me!["emailConfirmed"]!.GetValue<bool>());

        var mail = await factory.Mail.WaitFor(email, m => m.Subject == "Confirmez votre adresse e-mail");
        Assert.Contains("48 heures", mail.Text, StringComparison.Ordinal);
        Assert.Contains("no-reply@fundingportal.local", mail.From, StringComparison.Ordinal);
        var link = mail.LinkTo("/compte/confirmer");
        var body = new { email = ReceivedEmail.QueryValue(link, "email"), token = ReceivedEmail.QueryValue(link, "token") };

        Assert.Equal(HttpStatusCode.NoContent, (await _api.Anonymous().PostAsJsonAsync("/api/auth/confirmation", body)).StatusCode);
        me = await client.GetFromJsonAsync<JsonObject>("/api/me");
        Assert.True(me!["emailConfirmed"]!.GetValue<bool>());
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/confirmation", body), HttpStatusCode.BadRequest, "invalid_token");
    }

    [Fact]
    public async Task Registering_in_English_saves_the_setting_and_the_confirmation_e_mail_is_already_in_English()
    {
        var email = $"european-expert-{Guid.NewGuid():N}@example.test";
        var response = await _api.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = ApiClient.Password, language = "en" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var mail = await factory.Mail.WaitFor(email, m => m.Subject == "Confirm your e-mail address");
        Assert.StartsWith("Hello,", mail.Text, StringComparison.Ordinal);
        Assert.Contains("valid for 48 hours", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", mail.Html, StringComparison.Ordinal);
        Assert.Equal("en", mail.Message.Headers[MimeKit.HeaderId.ContentLanguage] ?? mail.Message.Body!.Headers[MimeKit.HeaderId.ContentLanguage]);
        Assert.DoesNotContain("Bonjour", mail.Text, StringComparison.Ordinal);
        var settings = await (await _api.Login(email)).GetFromJsonAsync<JsonObject>("/api/me/settings");
        Assert.Equal("en", settings!["language"]!.GetValue<string>());
        Assert.Equal("Immediate", settings["emailFrequency"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_language_is_refused_before_any_account_exists_and_a_taken_address_keeps_its_owners_language()
    {
        var refused = $"refused-{Guid.NewGuid():N}@example.test";
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/register", new { email = refused, password = ApiClient.Password, language = "de" }),
            HttpStatusCode.BadRequest, "invalid_language");
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email = refused, password = ApiClient.Password })).StatusCode);

        var (owner, email, _) = await _api.NewUser("owner");
        var again = await _api.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "Une-Autre-Phrase-Secrete-2026", language = "en" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await factory.Mail.WaitFor(email, m => m.Subject == "Un compte existe déjà avec votre adresse");
        Assert.Equal("fr", (await owner.GetFromJsonAsync<JsonObject>("/api/me/settings"))!["language"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_confirmation_link_lasts_48_hours_and_resend_sends_a_new_one()
    {
        var (client, email, _) = await _api.NewUnconfirmedUser("late");
        var first = (await factory.Mail.WaitFor(email, m => m.Subject == "Confirmez votre adresse e-mail")).LinkTo("/compte/confirmer");

        factory.Clock.Advance(TimeSpan.FromHours(49));
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/confirmation",
            new { email, token = ReceivedEmail.QueryValue(first, "token") }), HttpStatusCode.BadRequest, "invalid_token");

        // Signed in, no body: the caller's own address.
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsync("/api/auth/confirmation/resend", null)).StatusCode);
        var second = (await factory.Mail.WaitFor(email, m => m.Subject == "Confirmez votre adresse e-mail", skip: 1)).LinkTo("/compte/confirmer");
        Assert.NotEqual(first, second);
        var confirmed = await _api.Anonymous().PostAsJsonAsync("/api/auth/confirmation", new { email, token = ReceivedEmail.QueryValue(second, "token") });
        Assert.True(confirmed.StatusCode == HttpStatusCode.NoContent, await confirmed.Content.ReadAsStringAsync());
        Assert.True((await client.GetFromJsonAsync<JsonObject>("/api/me"))!["emailConfirmed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Registering_a_taken_address_tells_its_owner_and_nobody_else_learns_anything()
    {
        var (_, email, _) = await _api.NewUser("taken");
        await factory.Mail.WaitFor(email, m => m.Subject == "Confirmez votre adresse e-mail");

        var again = await _api.Anonymous().PostAsJsonAsync("/api/auth/register", new { email, password = "Une-Autre-Phrase-Secrete-2026" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(new JsonObject { ["email"] = email }.ToJsonString(), (await ApiClient.ReadObject(again)).ToJsonString());
        var notice = await factory.Mail.WaitFor(email, m => m.Subject == "Un compte existe déjà avec votre adresse");
        Assert.Contains("/mot-de-passe-oublie", notice.LinkTo("/mot-de-passe-oublie").AbsolutePath, StringComparison.Ordinal);

        // The account keeps its password: the second sign-up changed nothing.
        Assert.Equal(HttpStatusCode.OK, (await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = ApiClient.Password })).StatusCode);
        await ApiClient.AssertProblem(await _api.Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password = "Une-Autre-Phrase-Secrete-2026" }),
            HttpStatusCode.Unauthorized, "invalid_credentials");
    }

    [Fact]
    public async Task The_bootstrap_manager_is_confirmed()
    {
        var manager = await _api.Login(ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);
        Assert.True((await manager.GetFromJsonAsync<JsonObject>("/api/me"))!["emailConfirmed"]!.GetValue<bool>());
    }
}
