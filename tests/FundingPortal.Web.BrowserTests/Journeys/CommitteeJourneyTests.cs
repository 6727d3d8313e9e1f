using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>The labelling committee: scheduled from the ranking, a member recused, votes, the close into labels and the minutes.</summary>
[Collection(CommitteeCollection.Name)]
public sealed class CommitteeJourneyTests(CommitteeHost host)
{
    private static readonly DateTimeOffset AfterDeadline = new(2027, 10, 19, 16, 5, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_manager_schedules_the_committee_records_a_recusal_and_the_votes_and_closes_it_into_labels_and_minutes()
    {
        var callId = await host.Api.PublishedCall("Appel Comité 2027");
        var first = await host.Api.NewExpert(callId, "Dr Iris Quéméner", ["ports"]);
        var second = await host.Api.NewExpert(callId, "Pr Loïc Tanguy", ["ports"]);
        var (phareId, _) = await host.Api.SubmittedDossier(callId, "PHARE");
        var (baliseId, _) = await host.Api.SubmittedDossier(callId, "BALISE");
        host.Factory.Clock.SetUtcNow(AfterDeadline);
        await host.Api.AutoAssign(callId);
        foreach (var (expert, dossier, score) in new[] { (first, phareId, 4m), (second, phareId, 4m), (first, baliseId, 3m), (second, baliseId, 3m) })
        {
            await host.Api.ReviewAsExpert(expert, dossier, score);
        }

        var colleague = await host.Api.NewUser("secretaire.comite");
        var manager = await host.Api.Manager();
        Assert.True((await manager.PutAsJsonAsync($"/api/admin/users/{colleague.UserId}/roles", new { roles = new[] { "ClusterManager" } })).IsSuccessStatusCode);

        var page = await host.NewPage();
        await Journey(page, "comite", async () =>
        {
            await SignIn(page, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await page.GotoAsync($"/gestion/classement?appel={callId}");
            await page.GetByRole(AriaRole.Link, new() { Name = "Planifier le comité de labellisation de cet appel" }).ClickAsync();
            await page.GetByLabel("Début de la séance (heure de Paris)").FillAsync("2027-11-25T14:00");
            await page.GetByLabel("Lieu").FillAsync("Salle du conseil, Rennes");
            await page.GetByLabel("Durée d'une audition, en minutes").FillAsync("30");
            await page.GetByLabel(WebFactory.ManagerEmail).CheckAsync();
            await page.GetByLabel(colleague.Email).CheckAsync();
            await Snapshot(page, "comite-01-planifier");

            await page.GetByRole(AriaRole.Button, new() { Name = "Planifier la séance" }).ClickAsync();
            await Assertions.Expect(page.Locator(".confirm-step")).ToContainTextAsync("un créneau de 30 minutes chacun");
            await Snapshot(page, "comite-02-planifier-a-confirmer");
            await page.GetByRole(AriaRole.Button, new() { Name = "Planifier et prévenir les consortiums" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("La séance est planifiée");
            var agenda = page.GetByRole(AriaRole.Table);
            await Assertions.Expect(agenda.Locator("tbody tr").First).ToContainTextAsync("PHARE");
            await Assertions.Expect(agenda.Locator("tbody tr").Nth(1)).ToContainTextAsync("14\u00a0h\u00a030");
            await Snapshot(page, "comite-03-seance");

            await page.GetByLabel("Membre").SelectOptionAsync(new SelectOptionValue { Label = colleague.Email });
            await page.GetByLabel("Dossier").SelectOptionAsync(new SelectOptionValue { Value = phareId.ToString() });
            await page.GetByLabel("Motif").FillAsync("Administratrice du chef de file.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le déport" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le déport est enregistré");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Administratrice du chef de file.");

            var phare = page.GetByRole(AriaRole.Region, new() { Name = "Vote sur PHARE" });
            await phare.GetByLabel("Décision").SelectOptionAsync(new SelectOptionValue { Label = "Labellisé" });
            await phare.GetByLabel("Voix pour").FillAsync("2");
            await phare.GetByLabel("Voix contre").FillAsync("0");
            await phare.GetByLabel("Abstentions").FillAsync("0");
            await phare.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le vote sur PHARE" }).ClickAsync();
            await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("membres présents");
            await Snapshot(page, "comite-04-vote-refuse");

            phare = page.GetByRole(AriaRole.Region, new() { Name = "Vote sur PHARE" });
            await phare.GetByLabel("Voix pour").FillAsync("1");
            await phare.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le vote sur PHARE" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le vote est enregistré");
            var balise = page.GetByRole(AriaRole.Region, new() { Name = "Vote sur BALISE" });
            await balise.GetByLabel("Décision").SelectOptionAsync(new SelectOptionValue { Label = "Ajourné" });
            await balise.GetByLabel("Voix pour").FillAsync("1");
            await balise.GetByLabel("Voix contre").FillAsync("1");
            await balise.GetByLabel("Abstentions").FillAsync("0");
            await balise.GetByLabel("Motivation (facultative)").FillAsync("Marché à préciser ; à représenter au prochain appel.");
            await balise.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le vote sur BALISE" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le vote est enregistré");
            await Snapshot(page, "comite-05-votes");

            await page.GetByRole(AriaRole.Button, new() { Name = "Clore la séance" }).ClickAsync();
            await Assertions.Expect(page.Locator(".confirm-step")).ToContainTextAsync("Chaque vote devient la décision de labellisation");
            await Snapshot(page, "comite-06-clore-a-confirmer");
            await page.GetByRole(AriaRole.Button, new() { Name = "Clore la séance et décider" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("La séance est close");

            await Snapshot(page, "comite-07-seance-close");
            var minutes = page.GetByRole(AriaRole.Link, new() { Name = "Procès-verbal" }).First;
            var href = (await minutes.GetAttributeAsync("href"))!;
            var pdf = await page.Context.APIRequest.GetAsync(href);
            for (var i = 0; i < 60 && pdf.Status != 200; i++)
            {
                await Task.Delay(500);
                pdf = await page.Context.APIRequest.GetAsync(href);
            }

            Assert.Equal("application/pdf", pdf.Headers["content-type"]);
            using (var document = PdfDocument.Open(await pdf.BodyAsync()))
            {
                var text = string.Join(" ", document.GetPages().Select(p => p.Text));
                Assert.Contains("Procès-verbal du comité de labellisation", text, StringComparison.Ordinal);
                Assert.Contains(WebFactory.ManagerEmail, text, StringComparison.Ordinal);
                Assert.Contains(colleague.Email, text, StringComparison.Ordinal);
                Assert.Contains("Administratrice du chef de file.", text, StringComparison.Ordinal);
                Assert.Contains("PHARE", text, StringComparison.Ordinal);
                Assert.Contains("Labellisé", text, StringComparison.Ordinal);
                Assert.Contains("Ajourné", text, StringComparison.Ordinal);
            }

            await page.GotoAsync($"/dossiers/{phareId}");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Labellisé");
            await page.GotoAsync($"/dossiers/{baliseId}");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Ajourné");
        });

        var english = await host.NewPage("en");
        await Journey(english, "committee-en", async () =>
        {
            await SignIn(english, colleague.Email, ApiArrange.Password);
            await english.GotoAsync($"/gestion/comites?appel={callId}");
            await english.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Session of") }).ClickAsync();
            await Assertions.Expect(english.Locator("main")).ToContainTextAsync("Recusals");
            await Snapshot(english, "committee-en-01-closed-session", "en");
        });
    }
}
