using System.Net;
using System.Net.Http.Json;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Application.Notifications.SendDailyDigests;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Notifications;

[Collection(Collections.Notifications)]
public sealed class DigestAndSettingsPageTests(MailingApiFactory factory) : PortalTest(factory)
{
    private SmtpTestServer Mail => factory.Mail;

    [Fact]
    public async Task A_daily_digest_reader_gets_one_e_mail_gathering_the_days_notifications_and_only_once()
    {
        var s = await ReviewScenario.Create(factory);
        var expert = await s.NewExpert("Dr Digeste", ["5G"]);
        await Consortium.Expect(expert.Client.PutAsJsonAsync("/api/me/settings", new { language = "fr", emailFrequency = "DailyDigest" }), HttpStatusCode.OK);
        var first = await s.SubmitDossier("GOÉLAND", ["5G"]);
        var second = await s.SubmitDossier("HARLE", ["5G"]);
        s.Close();
        await s.Assign(first, expert);
        await s.Assign(second, expert);
        await factory.NotificationEmailsHandled(expert.UserId, 2);
        var email = await EventNotificationTests.EmailOf(expert.Client);
        Assert.DoesNotContain(Mail.To(email), m => !m.Subject.StartsWith("Confirmez", StringComparison.Ordinal));

        Assert.True(await RunDigest() >= 1);
        var digest = await Mail.WaitFor(email, m => m.Subject == "Votre résumé du jour : 2 notifications");
        Assert.Contains("Nouvelle évaluation : GOÉLAND", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Nouvelle évaluation : HARLE", WebUtility.HtmlDecode(digest.Html), StringComparison.Ordinal);
        Assert.Equal(MailingApiFactory.PortalUrl + "/compte/parametres", digest.LinkTo("/compte/parametres").ToString());

        await RunDigest();
        Assert.Single(Mail.To(email), m => m.Subject.StartsWith("Votre résumé", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_settings_page_shows_the_choice_and_saves_it_in_the_persons_language()
    {
        var api = new ApiClient(factory);
        var (_, email, _) = await api.NewUser("page");
        var web = await WebSession.SignIn(factory, email, ApiClient.Password);

        var page = await web.Client.GetStringAsync("/compte/parametres");
        Assert.Contains("<h1>Paramètres de notification</h1>", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Immediate\" checked", page, StringComparison.Ordinal);

        var saved = await web.PostForm("/compte/parametres", new() { ["Language"] = "en", ["EmailFrequency"] = "Off" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await web.Client.GetStringAsync("/compte/parametres");
        Assert.Contains("<h1>Notification settings</h1>", after, StringComparison.Ordinal);
        Assert.Contains("Your notification settings are saved.", after, StringComparison.Ordinal);
        Assert.Contains("value=\"Off\" checked", after, StringComparison.Ordinal);

        var refused = await web.PostForm("/compte/parametres", new() { ["Language"] = "de", ["EmailFrequency"] = "Off" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Choose a language and a frequency", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<int> RunDigest()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SendDailyDigests>().Handle(CancellationToken.None);
    }
}
