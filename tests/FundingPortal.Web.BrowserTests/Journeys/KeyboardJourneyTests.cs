using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>
/// The submit journey without a mouse: every field and button is reached with Tab (and shows its focus), typed into,
/// and pressed with Enter or Space. A step the keyboard cannot reach fails the test.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task A_lead_signs_in_fills_the_own_budget_and_submits_with_the_keyboard_alone()
    {
        var callId = await host.Api.PublishedCall("Appel à projets au clavier 2027");
        var email = $"clavier-{Guid.NewGuid():N}@exemple.test";
        var lead = await host.Api.NewOrganisation("Ondes du Clavier SAS", "Sme", "FR-BRE", email);
        var (_, reference) = await host.Api.DraftDossier(callId, "CLAVIER", lead, withLeadBudget: false);
        var page = await host.NewPage();
        await Journey(page, "clavier", async () =>
        {
            await page.GotoAsync("/connexion");
            await TypeInto(page, page.GetByLabel("Adresse e-mail"), email);
            await TypeInto(page, page.GetByLabel("Mot de passe"), ApiArrange.Password);
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));

            await Press(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Navigation principale" }).GetByRole(AriaRole.Link, new() { Name = "Mes dossiers" }), "Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/dossiers$"));
            await Press(page, page.GetByRole(AriaRole.Link, new() { Name = reference }), "Enter");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("CLAVIER");

            await Press(page, Steps(page).GetByRole(AriaRole.Link, new() { Name = "3. Budgets" }), "Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/budgets$"));
            var own = page.GetByRole(AriaRole.Group, new() { Name = "Ondes du Clavier SAS (chef de file)", Exact = true });
            await TypeInto(page, own.GetByLabel("Personnel (€)"), "420 000");
            await TypeInto(page, own.GetByLabel("Frais généraux (€)"), "42 000");
            await TypeInto(page, own.GetByLabel("Équipements (€)"), "18 000");
            await Press(page, page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer les budgets" }), "Enter");
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Budgets enregistrés : Ondes du Clavier SAS : 480 000,00 €");
            await Snapshot(page, "clavier-01-budget-enregistre");

            await Press(page, Steps(page).GetByRole(AriaRole.Link, new() { Name = "5. Dépôt" }), "Enter");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/depot$"));
            var submit = page.GetByRole(AriaRole.Button, new() { Name = "Déposer la version 1 du dossier" });
            await Snapshot(page, "clavier-02-depot");
            await Press(page, submit, "Space");
            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Votre dossier est déposé");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Accusé de réception n° .+") })).ToBeVisibleAsync();
            await Snapshot(page, "clavier-03-accuse-de-reception");
        });
    }

    private static ILocator Steps(IPage page) => page.GetByRole(AriaRole.Navigation, new() { Name = "Étapes du dossier" });

    /// <summary>Tabs to the control, then presses the key on whatever has the focus (never on the locator itself).</summary>
    private static async Task Press(IPage page, ILocator target, string key)
    {
        await ReachableByKeyboard(page, target);
        await page.Keyboard.PressAsync(key);
    }

    private static async Task TypeInto(IPage page, ILocator field, string text)
    {
        await ReachableByKeyboard(page, field);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
    }
}
