using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>The information pages, reached from the footer, read on a desktop and on a 375 px phone without sideways scroll.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LegalPagesJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task A_visitor_opens_each_information_page_from_the_footer_at_1280_and_375_pixels()
    {
        (string Link, string Path, string Heading, string Name)[] pages =
        [
            ("Accessibilité : non conforme", "/accessibilite", "Déclaration d'accessibilité", "accessibilite"),
            ("Mentions légales", "/mentions-legales", "Mentions légales", "mentions-legales"),
            ("Données personnelles", "/donnees-personnelles", "Données personnelles", "donnees-personnelles"),
            ("Aide", "/aide", "Aide", "aide"),
        ];
        var page = await host.NewPage();
        await Journey(page, "pages-legales", async () =>
        {
            foreach (var (link, path, heading, name) in pages)
            {
                await page.SetViewportSizeAsync(1280, 900);
                await page.GotoAsync("/");
                var footerLink = page.GetByRole(AriaRole.Contentinfo).GetByRole(AriaRole.Link, new() { Name = link, Exact = true });
                await ReachableByKeyboard(page, footerLink, maxTabs: 40);
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(path) + "$"));
                await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
                foreach (var width in new[] { 1280, 375 })
                {
                    await page.SetViewportSizeAsync(width, width == 375 ? 812 : 900);
                    await Snapshot(page, $"legal-{name}-{width}");
                }
            }

            // The personal data page says the same in English (retention, erasure, signed documents).
            var english = await host.NewPage("en");
            await english.GotoAsync("/donnees-personnelles");
            await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Personal data");
            await Assertions.Expect(english.GetByText("electronic signature", new() { Exact = false })).ToBeVisibleAsync();
            await Snapshot(english, "legal-donnees-personnelles-en", "en");

            // Each answer of the help page can be linked.
            await page.GotoAsync("/aide#deposer-deux-fois");
            await Assertions.Expect(page.Locator("#deposer-deux-fois")).ToHaveTextAsync("Que se passe-t-il si je dépose deux fois ?");
            await Assertions.Expect(page.Locator("#deposer-deux-fois")).ToBeInViewportAsync();
        });
    }
}
