using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Notifications;

[Collection(Collections.Proposals)]
public sealed class SettingsTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_new_account_reads_french_and_immediate_then_keeps_what_it_saves()
    {
        var (user, _, _) = await _api.NewUser("settings");
        var initial = (await user.GetFromJsonAsync<JsonObject>("/api/me/settings"))!;
        Assert.Equal("fr", initial["language"]!.GetValue<string>());
        Assert.Equal("Immediate", initial["emailFrequency"]!.GetValue<string>());

        var saved = await user.PutAsJsonAsync("/api/me/settings", new { language = "en", emailFrequency = "DailyDigest" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var read = (await user.GetFromJsonAsync<JsonObject>("/api/me/settings"))!;
        Assert.Equal("en", read["language"]!.GetValue<string>());
        Assert.Equal("DailyDigest", read["emailFrequency"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, (await user.PutAsJsonAsync("/api/me/settings", new { language = "fr", emailFrequency = "Off" })).StatusCode);
        Assert.Equal("Off", (await user.GetFromJsonAsync<JsonObject>("/api/me/settings"))!["emailFrequency"]!.GetValue<string>());

        var (other, _, _) = await _api.NewUser("settings-other");
        Assert.Equal("Immediate", (await other.GetFromJsonAsync<JsonObject>("/api/me/settings"))!["emailFrequency"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("de", "Immediate", "invalid_language")]
    [InlineData("FR", "Immediate", "invalid_language")]
    [InlineData(null, "Immediate", "invalid_language")]
    [InlineData("en", "Weekly", "invalid_email_frequency")]
    [InlineData("en", "immediate", "invalid_email_frequency")]
    [InlineData("en", "1", "invalid_email_frequency")]
    [InlineData("en", null, "invalid_email_frequency")]
    public async Task A_bad_value_is_a_400_that_names_it_and_changes_nothing(string? language, string? frequency, string code)
    {
        var (user, _, _) = await _api.NewUser("settings-bad");
        await ApiClient.AssertProblem(await user.PutAsJsonAsync("/api/me/settings", new { language, emailFrequency = frequency }),
            HttpStatusCode.BadRequest, code);
        var read = (await user.GetFromJsonAsync<JsonObject>("/api/me/settings"))!;
        Assert.Equal("fr", read["language"]!.GetValue<string>());
        Assert.Equal("Immediate", read["emailFrequency"]!.GetValue<string>());
    }

    [Fact]
    public async Task Settings_need_a_signed_in_user()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().GetAsync("/api/me/settings")).StatusCode);
    }
}
