using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Npgsql;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.FundingSimulation;

/// <summary>
/// Issue 24, the line draw: a manager opens the simulation from the call, lowers Bretagne's envelope and sees the line
/// move above the third labelled dossier, with the reason; the same page in English. Each dossier (lead SME and lab in
/// Bretagne, large company in Normandie) asks the State 261 000 €, Bretagne 202 250 € and Normandie 58 750 €.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FundingSimulationJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task A_manager_lowers_a_regional_envelope_and_sees_the_line_move_above_the_third_dossier()
    {
        var callId = await host.Api.PublishedCall("Appel Littoral numérique 2027");
        string[] acronyms = ["GOEMON", "LAMINAIRE", "VASIERE"];
        for (var i = 0; i < acronyms.Length; i++)
        {
            var (dossierId, _) = await host.Api.SubmittedDossier(callId, acronyms[i]);
            await Label(dossierId, callId, score: 18m - (2 * i));
        }

        var page = await host.NewPage();
        await Journey(page, "simulation", async () =>
        {
            await SignIn(page, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await page.GotoAsync($"/appels/{callId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Simuler le financement" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Simulation de financement");
            var bretagne = page.GetByLabel("Région Bretagne", new() { Exact = true });
            await Assertions.Expect(bretagne).ToHaveValueAsync(new Regex(@"^3\s000\s000$"));
            var rows = page.GetByRole(AriaRole.Table, new() { Name = "Dossiers labellisés dans l'ordre du classement : aide de chaque financeur" }).Locator("tr[class^='sim-']");
            await Assertions.Expect(rows).ToHaveCountAsync(3);
            await Assertions.Expect(page.Locator(".sim-line")).ToHaveCountAsync(0);
            await Snapshot(page, "simulation-01-enveloppes-reelles");

            // 450 000 € covers the first two dossiers (2 × 202 250 €) and leaves 45 500 € for the third.
            await bretagne.FillAsync("450 000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
            await Assertions.Expect(page.Locator(".sim-line")).ToContainTextAsync("La ligne passe ici");
            await Assertions.Expect(page.Locator(".sim-above tr")).ToHaveCountAsync(2);
            var third = page.Locator(".sim-below tr.sim-PartlyFundable");
            await Assertions.Expect(third).ToContainTextAsync("VASIERE");
            await Assertions.Expect(third).ToContainTextAsync("Partiellement finançable");
            await Assertions.Expect(third).ToContainTextAsync(new Regex(@"Région Bretagne : enveloppe épuisée \(reste 45\s500,00\s€\)"));
            var envelopes = page.GetByRole(AriaRole.Table, new() { Name = "Enveloppes : utilisé et reste" });
            await Assertions.Expect(envelopes.GetByRole(AriaRole.Row, new() { Name = "Région Bretagne" })).ToContainTextAsync(new Regex(@"450\s000,00\s€"));
            await Snapshot(page, "simulation-02-ligne-tracee");
            await LanguageScan.AssertLanguage(page, "fr", [.. acronyms, "Appel Littoral numérique 2027"]);

            // Lower still: the line moves up above the second dossier.
            await bretagne.FillAsync("300 000");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
            await Assertions.Expect(page.Locator(".sim-above tr")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".sim-below tr.sim-PartlyFundable")).ToHaveCountAsync(2);

            await bretagne.FillAsync("beaucoup");
            await page.GetByRole(AriaRole.Button, new() { Name = "Simuler" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("Saisissez un montant en euros");
            await Assertions.Expect(bretagne).ToHaveValueAsync("beaucoup");
            await Snapshot(page, "simulation-03-montant-illisible");
        });

        var english = await host.NewPage("en");
        await Journey(english, "simulation-en", async () =>
        {
            await SignIn(english, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await english.GotoAsync($"/langue/en?retour=%2F");
            await english.GotoAsync($"/appels/{callId}/simulation?enveloppe-{(await host.Api.EnsureFunders(await host.Api.Manager()))[1]}=450000");
            await Assertions.Expect(english.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Funding simulation");
            await Assertions.Expect(english.Locator(".sim-below tr.sim-PartlyFundable")).ToContainTextAsync("Partly fundable");
            await Snapshot(english, "simulation-04-en", "en");
            await LanguageScan.AssertLanguage(english, "en", [.. acronyms, "Appel Littoral numérique 2027", .. LanguageScan.DemoData]);
            // The language is saved on the account: the shared host's other journeys expect the manager in French.
            await english.GotoAsync("/langue/fr?retour=%2F");
        });
    }

    /// <summary>The labelling and its evaluation figures written straight away: the review steps are other journeys' subject (and move the clock).</summary>
    private async Task Label(Guid dossierId, Guid callId, decimal score)
    {
        var connectionString = host.Factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("FundingPortal");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""
            UPDATE proposals SET status = 'Labelled', concurrency_version = concurrency_version + 1 WHERE id = @id;
            INSERT INTO proposal_evaluations (proposal_id, call_id, review_count, weighted_score, meets_threshold, disagreement, innovation_mean, market_mean,
                updated_at, concurrency_version)
            VALUES (@id, @call, 2, @score, true, false, @score, @score, now(), 1);
            """, connection);
        command.Parameters.AddWithValue("id", dossierId);
        command.Parameters.AddWithValue("call", callId);
        command.Parameters.AddWithValue("score", score);
        await command.ExecuteNonQueryAsync();
    }
}
