using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>A dossier the committee did not label is reworked for the next call: a new draft, nothing typed again, both linked.</summary>
[Collection(CarryOverCollection.Name)]
public sealed class CarryOverJourneyTests(CarryOverHost host)
{
    private static readonly DateTimeOffset AfterDeadline = new(2027, 10, 19, 16, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_lead_of_a_not_labelled_dossier_carries_it_over_to_the_next_call()
    {
        var callId = await host.Api.PublishedCall("Appel Automne 2027");
        await host.Api.PublishedCall("Appel Printemps 2028", "2028-03-16T18:00:00");
        var first = await host.Api.NewExpert(callId, "Dr Iris Quéméner", ["ports"]);
        var second = await host.Api.NewExpert(callId, "Pr Loïc Tanguy", ["ports"]);
        var email = $"reprise-{Guid.NewGuid():N}@exemple.test";
        var lead = await host.Api.NewOrganisation("Reprise Numérique SAS", "Sme", "FR-BRE", email);
        var (dossierId, _) = await host.Api.DraftDossier(callId, "REPRISE", lead);
        Assert.True((await lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null)).IsSuccessStatusCode);
        host.Factory.Clock.SetUtcNow(AfterDeadline);
        await host.Api.AutoAssign(callId);
        await host.Api.ReviewAsExpert(first, dossierId, 2);
        await host.Api.ReviewAsExpert(second, dossierId, 2);
        await host.Api.Decide(dossierId, "NotLabelled", "Le marché visé reste à démontrer.");

        var page = await host.NewPage();
        await Journey(page, "report", async () =>
        {
            await page.GotoAsync("/connexion");
            await page.GetByLabel("Adresse e-mail").FillAsync(email);
            await page.GetByLabel("Mot de passe").FillAsync(ApiArrange.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter" }).ClickAsync();
            await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/connexion"));

            await page.GotoAsync($"/dossiers/{dossierId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Reporter le dossier sur un autre appel" }).ClickAsync();
            await Assertions.Expect(page.GetByLabel("Appel ouvert")).ToContainTextAsync("Appel Printemps 2028");
            await Assertions.Expect(page.GetByLabel("Appel ouvert")).Not.ToContainTextAsync("Appel Automne 2027");
            await Snapshot(page, "report-01-choisir-l-appel");

            await page.GetByRole(AriaRole.Button, new() { Name = "Créer le brouillon dans cet appel" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le dossier est reporté");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Appel Printemps 2028");
            await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync("Laboratoire REPRISE");
            await Assertions.Expect(page.GetByRole(AriaRole.Table).First).ToContainTextAsync(new Regex(@"570\s000,00"));
            await Snapshot(page, "report-02-nouveau-brouillon");

            await page.GetByRole(AriaRole.Link, new() { Name = "Voir le dossier d'origine" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/dossiers/{dossierId}$"));
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Voir le nouveau dossier" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Reporter le dossier sur un autre appel" })).ToHaveCountAsync(0);
            await Snapshot(page, "report-03-dossier-d-origine");
        });
    }
}
