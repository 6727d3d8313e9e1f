using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

/// <summary>
/// A host of its own for the persona journeys of issue 17: the application sends its e-mails through MailKit to a real
/// SMTP server started in-process (<see cref="SmtpTestServer"/>), as in production, and the journeys read what arrives.
/// Each journey brings its own people (a fresh manager too) and its own call, closing a week after the clock's present:
/// the clock only moves forward, whatever order the journeys run in.
/// </summary>
public sealed class MailBrowserHost : BrowserHost
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public SmtpTestServer Mail { get; } = SmtpTestServer.Start();

    protected override Task<IEnumerable<(string Key, string Value)>> StartServicesAsync() => Task.FromResult(Mail.AppSettings);

    protected override async Task StopServicesAsync() => await Mail.DisposeAsync();

    /// <summary>A published call whose deadline is 18:00 Paris time, seven days after the clock's present.</summary>
    public async Task<(Guid CallId, DateTimeOffset Deadline)> CallClosingInAWeek(string title)
    {
        var local = TimeZoneInfo.ConvertTime(Factory.Clock.GetUtcNow(), Paris).Date.AddDays(7).AddHours(18);
        var callId = await Api.PublishedCall(title, local.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture));
        return (callId, new DateTimeOffset(local, Paris.GetUtcOffset(local)));
    }

    /// <summary>Five minutes after <paramref name="deadline"/>.</summary>
    public void PassDeadline(DateTimeOffset deadline)
    {
        var after = deadline.AddMinutes(5).ToUniversalTime();
        if (Factory.Clock.GetUtcNow() < after)
        {
            Factory.Clock.SetUtcNow(after);
        }
    }

    /// <summary>A new cluster manager, so that the journey's counts are the journey's own.</summary>
    public async Task<ApiArrange.Person> NewManager(string prefix)
    {
        var person = await Api.NewUser(prefix);
        var admin = await Api.Manager();
        var response = await admin.PutAsJsonAsync($"/api/admin/users/{person.UserId}/roles", new { roles = new[] { "ClusterManager" } });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return person;
    }

    /// <summary>Sets a person's language for notifications and e-mails (their settings page does the same).</summary>
    public async Task SpeaksEnglish(string email)
    {
        var client = await Api.Login(email, ApiArrange.Password);
        var response = await client.PutAsJsonAsync("/api/me/settings", new { language = "en", emailFrequency = "Immediate" });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Signs in from the (French) sign-in page, then switches to <paramref name="language"/> with the language link.</summary>
    public async Task<IPage> SignedIn(string email, string language = "fr")
    {
        var page = await NewPage();
        await SignInSteps.SignIn(page, email);
        if (language != "fr")
        {
            await page.GotoAsync($"/langue/{language}?retour=%2F");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        }

        return page;
    }
}

[CollectionDefinition(Name)]
public sealed class MailCollection : ICollectionFixture<MailBrowserHost>
{
    public const string Name = "browser, real SMTP";
}
