using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Languages;

/// <summary>Issue 18's "done when": a European expert registers in English, gets English e-mails, and scores a dossier in English.</summary>
[Collection(LanguagesCollection.Name)]
public sealed class EuropeanExpertJourneyTests(LanguagesHost host)
{
    private static readonly DateTimeOffset AfterDeadline = new(2027, 10, 19, 16, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_European_expert_registers_in_English_confirms_from_the_English_e_mail_and_scores_a_dossier_in_English()
    {
        var (_, dossierId, reference) = await host.Arranged();
        var email = $"ingrid.larsen-{Guid.NewGuid():N}@univ-bergen.test";
        string[] data = [.. LanguagesHost.Data, "Ingrid Larsen", reference];
        var page = await host.NewPage("en");
        await Journey(page, "expert-en", async () =>
        {
            await page.GotoAsync("/inscription");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Create an account");
            await Assertions.Expect(page.GetByLabel("English")).ToBeCheckedAsync();
            await page.GetByLabel("Work e-mail address").FillAsync(email);
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync(ApiArrange.Password);
            await page.GetByLabel("Confirm the password").FillAsync(ApiArrange.Password);
            await Snapshot(page, "expert-en-01-register", "en");
            await LanguageScan.AssertLanguage(page, "en", data);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create my account" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/connexion"));
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync($"An e-mail has just been sent to {email}");

            // The very first e-mail is already in English.
            var mail = await host.Factory.Mailbox.WaitFor(email, "Confirm your e-mail address");
            Assert.StartsWith("Hello,", mail.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bonjour", mail.Text, StringComparison.Ordinal);
            await page.GotoAsync(mail.LinkTo("/compte/confirmer"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my e-mail address" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("is confirmed");
            await Snapshot(page, "expert-en-02-confirmed", "en");
            await LanguageScan.AssertLanguage(page, "en", data);
        });

        // The manager appoints her and assigns her the dossier once the call has closed; she accepts it.
        var expertClient = await host.Api.Login(email, ApiArrange.Password);
        var userId = (await expertClient.GetFromJsonAsync<JsonObject>("/api/me"))!["userId"]!.GetValue<Guid>();
        var manager = await host.Api.Manager();
        var (callId, _, _) = await host.Arranged();
        var expert = await Read(await manager.PostAsJsonAsync("/api/experts",
            new { userId, displayName = "Ingrid Larsen", expertise = new[] { "ocean", "machine learning" }, affiliations = Array.Empty<object>(), callIds = new[] { callId } }), HttpStatusCode.Created);
        if (host.Factory.Clock.GetUtcNow() < AfterDeadline)
        {
            host.Factory.Clock.SetUtcNow(AfterDeadline);
        }

        var assignment = await Read(await manager.PostAsJsonAsync($"/api/proposals/{dossierId}/assignments", new { expertId = expert["id"]!.GetValue<Guid>() }), HttpStatusCode.Created);
        var assignmentId = assignment["id"]!.GetValue<Guid>();
        await Read(await expertClient.PostAsync($"/api/assignments/{assignmentId}/accept", null), HttpStatusCode.OK);
        var assigned = await host.Factory.Mailbox.WaitFor(email, $"New review: {LanguagesHost.Acronym}");
        Assert.DoesNotContain("Bonjour", assigned.Text, StringComparison.Ordinal);

        await Journey(page, "expert-en-review", async () =>
        {
            await page.GotoAsync("/connexion");
            await page.GetByLabel("E-mail address").FillAsync(email);
            await page.GetByLabel("Password").FillAsync(ApiArrange.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));
            await page.GotoAsync($"/expert/affectations/{assignmentId}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Review of {LanguagesHost.Acronym}");
            var scores = page.GetByLabel("Score out of 5");
            for (var i = 0; i < await scores.CountAsync(); i++)
            {
                await scores.Nth(i).SelectOptionAsync(new SelectOptionValue { Label = "4.5" });
            }

            var comments = page.Locator("textarea[name^='Comments']");
            for (var i = 0; i < await comments.CountAsync(); i++)
            {
                await comments.Nth(i).FillAsync("Convincing approach, well argued.");
            }

            await page.GetByLabel("Overall opinion").FillAsync("A strong consortium and a well-identified market.");
            await page.Locator("input[name='Recommendation'][value='Label']").CheckAsync();
            await Snapshot(page, "expert-en-03-review", "en");
            await LanguageScan.AssertLanguage(page, "en", [.. data, .. await CriteriaOf(page)]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Send my review" }).ClickAsync();
            await Assertions.Expect(page.Locator(".confirm-step")).ToContainTextAsync("you can no longer change it");
            await Snapshot(page, "expert-en-03b-review-to-confirm", "en");
            await LanguageScan.AssertLanguage(page, "en", [.. data, .. await CriteriaOf(page)]);
            await page.GetByRole(AriaRole.Button, new() { Name = "Yes, send my review" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success", new() { HasText = "Your review was sent" })).ToBeVisibleAsync();
            await Snapshot(page, "expert-en-04-review-sent", "en");
        });

        var review = (await expertClient.GetFromJsonAsync<JsonObject>("/api/assignments"))!["items"]!.AsArray();
        Assert.Equal("Submitted", review!.Single(a => a!["id"]!.GetValue<Guid>() == assignmentId)!["status"]!.GetValue<string>());
    }

    // The evaluation grid's criteria are the call's data, written by the cluster in French.
    private static async Task<string[]> CriteriaOf(IPage page) =>
        [.. (await page.Locator("fieldset legend").AllInnerTextsAsync()).Select(l => Regex.Replace(l, @"\s*\(weight.*$", string.Empty))];

    private static async Task<JsonObject> Read(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? [] : JsonNode.Parse(body) as JsonObject ?? [];
    }
}
