using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>Invitation e-mails and the calendar feed speak their reader's language (issue 18).</summary>
[Collection(Collections.Consent)]
public sealed class EnglishEmailTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task A_colleague_who_chose_English_receives_the_invitation_in_English_from_a_French_inviter()
    {
        var (member, organisationId, memberEmail) = await _api.NewApplicant(name: "Ondes d'Iroise SAS");
        var (colleague, colleagueEmail, _) = await _api.NewUser("european");
        await SetLanguage(colleague, "en");

        Assert.Equal(HttpStatusCode.Created, (await member.PostAsJsonAsync($"/api/organisations/{organisationId}/invitations", new { email = colleagueEmail })).StatusCode);

        var mail = await _api.Mailbox.WaitFor(colleagueEmail, "Invitation to join Ondes d'Iroise SAS on the cluster's project portal");
        Assert.StartsWith("Hello,", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"{memberEmail} invites you to join the organisation Ondes d'Iroise SAS", mail.Text, StringComparison.Ordinal);
        Assert.Contains("(Paris time)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("See the invitation and answer it", mail.Html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", mail.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("Bonjour", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("valable", mail.Text, StringComparison.Ordinal);
        Assert.Equal("/invitations", mail.LinkTo("/invitations"));
    }

    [Fact]
    public async Task An_address_without_an_account_is_invited_in_the_inviters_language_and_a_French_inviter_still_writes_French()
    {
        var (english, englishOrganisation, _) = await _api.NewApplicant(name: "Harbour Systems Ltd");
        await SetLanguage(english, "en");
        var (french, frenchOrganisation, _) = await _api.NewApplicant(name: "Ondes du Léon SAS");
        var newcomer = $"new.partner-{Guid.NewGuid():N}@harbour.test";
        var other = $"nouveau-{Guid.NewGuid():N}@leon.test";

        Assert.Equal(HttpStatusCode.Created, (await english.PostAsJsonAsync($"/api/organisations/{englishOrganisation}/invitations", new { email = newcomer })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await french.PostAsJsonAsync($"/api/organisations/{frenchOrganisation}/invitations", new { email = other })).StatusCode);

        var inEnglish = await _api.Mailbox.WaitFor(newcomer, "Invitation to join Harbour Systems Ltd");
        Assert.Contains("No account yet? Create it with this address:", inEnglish.Text, StringComparison.Ordinal);
        var inFrench = await _api.Mailbox.WaitFor(other, "Invitation à rejoindre Ondes du Léon SAS");
        Assert.Contains("(heure de Paris)", inFrench.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_feed_is_written_in_its_owners_language_whoever_reads_it()
    {
        var manager = await _api.Manager();
        await CallBuilder.CreatePublished(manager, new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0));
        var (applicant, _, _) = await _api.NewApplicant();
        var path = new Uri((await applicant.GetFromJsonAsync<JsonObject>("/api/me/calendar-feed"))!["url"]!.GetValue<string>()).AbsolutePath;

        var french = await _api.Anonymous().GetStringAsync(path);
        Assert.Contains("X-WR-CALNAME:Échéances — portail des appels à projets", french, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Date limite de dépôt — ", french, StringComparison.Ordinal);

        await SetLanguage(applicant, "en");
        var reader = _api.Anonymous();
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-FR");
        var response = await reader.GetAsync(path);
        var english = Unfold(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", Assert.Single(response.Content.Headers.ContentLanguage));
        Assert.Contains("X-WR-CALNAME:Deadlines — call for projects portal", english, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Submission deadline — ", english, StringComparison.Ordinal);
        Assert.Contains("Monday 19 October 2026, 6:00 pm (Paris time).", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Date limite", english, StringComparison.Ordinal);
    }

    private static async Task SetLanguage(HttpClient client, string language) =>
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/me/settings", new { language, emailFrequency = "Immediate" })).StatusCode);

    // iCalendar folds long lines at 75 octets ("\r\n " continues the line).
    private static string Unfold(string ics) => ics.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\\,", ",", StringComparison.Ordinal);
}
