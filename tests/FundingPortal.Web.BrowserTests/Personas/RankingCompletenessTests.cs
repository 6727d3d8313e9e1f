using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Personas;

/// <summary>
/// The demo's closed call has VIDÉO-ÉCO with one review of two: the ranking page must not give it a rank among the
/// finished evaluations, and must show each dossier's review completeness.
/// </summary>
[Collection(DemoWalkCollection.Name)]
public sealed class RankingCompletenessTests(DemoWalkHost host)
{
    public static TheoryData<string> BothLanguages => new() { "fr", "en" };

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_ranking_shows_review_completeness_and_lists_incomplete_evaluations_apart_without_a_rank(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        await Journey(page, $"personas-{language}-classement", async () =>
        {
            await page.GotoAsync("/gestion/classement");

            var ranked = page.Locator("table").First;
            await Assertions.Expect(ranked.Locator("tbody tr")).ToHaveCountAsync(2);
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(0)).ToContainTextAsync("CYBER-PORT");
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(1)).ToContainTextAsync("SANTÉ-EDGE");
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(1).Locator("td").First).ToHaveTextAsync("2");
            await Assertions.Expect(ranked).Not.ToContainTextAsync("VIDÉO-ÉCO");
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(0)).ToContainTextAsync(language == "en" ? "2/2 reviews" : "2/2 évaluations");

            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex(language == "en" ? "Incomplete evaluations" : "Évaluations incomplètes") }))
                .ToBeVisibleAsync();
            var apart = page.Locator("table").Nth(1);
            await Assertions.Expect(apart.Locator("tbody tr")).ToHaveCountAsync(1);
            await Assertions.Expect(apart.Locator("tbody tr")).ToContainTextAsync("VIDÉO-ÉCO");
            await Assertions.Expect(apart.Locator("tbody tr")).ToContainTextAsync(language == "en" ? "1/2 reviews" : "1/2 évaluations");
            await Assertions.Expect(apart.Locator("thead")).Not.ToContainTextAsync(language == "en" ? "Rank" : "Rang");

            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"personas-{language}-classement-apres", language);
        });
    }

    [Theory]
    [MemberData(nameof(BothLanguages))]
    public async Task The_manager_sorts_the_ranking_by_acronym_each_dossier_keeping_its_rank_and_the_call_and_order_are_kept_together(string language)
    {
        var page = await Personas.SignedIn(host, WebFactory.ManagerEmail, language, WebFactory.ManagerPassword);
        var en = language == "en";
        await Journey(page, $"listes3-{language}-classement-tri", async () =>
        {
            await page.GotoAsync("/gestion/classement");
            var call = await page.GetByLabel(en ? "Call for proposals" : "Appel à projets").InputValueAsync();
            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync(new SelectOptionValue { Label = en ? "Acronym, Z to A" : "Acronyme, de Z à A" });
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("tri=-acronym"));
            Assert.Contains($"appel={call}", page.Url, StringComparison.Ordinal);

            var ranked = page.Locator("table").First;
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(0)).ToContainTextAsync("SANTÉ-EDGE");
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(0).Locator("td").First).ToHaveTextAsync("2");
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(1)).ToContainTextAsync("CYBER-PORT");
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(1).Locator("td").First).ToHaveTextAsync("1");
            await Assertions.Expect(page.GetByLabel(en ? "Sort by" : "Trier par")).ToHaveValueAsync("-acronym");
            await Assertions.Expect(page.GetByLabel(en ? "Call for proposals" : "Appel à projets")).ToHaveValueAsync(call);
            await Assertions.Expect(page.Locator("form[action*='AutoAssign']")).ToHaveAttributeAsync("action", new Regex("tri=-acronym"));
            await LanguageScan.AssertLanguage(page, language, Personas.Data);
            await Snapshot(page, $"listes3-{language}-classement-acronyme", language);

            await page.GetByLabel(en ? "Sort by" : "Trier par").SelectOptionAsync("rank");
            await page.GetByRole(AriaRole.Button, new() { Name = en ? "Show" : "Afficher", Exact = true }).ClickAsync();
            await Assertions.Expect(ranked.Locator("tbody tr").Nth(0)).ToContainTextAsync("CYBER-PORT");
        });
    }
}
