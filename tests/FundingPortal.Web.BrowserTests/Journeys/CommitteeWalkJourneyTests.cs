using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using FundingPortal.Web.BrowserTests.Infrastructure;
using FundingPortal.Web.BrowserTests.Languages;
using Microsoft.Playwright;
using static FundingPortal.Web.BrowserTests.Infrastructure.PageChecks;
using static FundingPortal.Web.BrowserTests.Infrastructure.SignInSteps;

namespace FundingPortal.Web.BrowserTests.Journeys;

/// <summary>A host of its own for the walk from pre-proposal to label, which moves the clock past both deadlines.</summary>
public sealed class CommitteeWalkHost : BrowserHost;

[CollectionDefinition(Name)]
public sealed class CommitteeWalkCollection : ICollectionFixture<CommitteeWalkHost>
{
    public const string Name = "browser, committee walk";
}

/// <summary>
/// The cluster's whole process once: pre-proposal, shortlist and full dossier (through the API: the two-stage journey
/// walks their pages), reviews, then in the browser an outside member invited to the call's committee who accepts, the
/// session scheduled with them, what they see of it, the vote and the close, and the label as the consortium sees it.
/// </summary>
[Collection(CommitteeWalkCollection.Name)]
public sealed class CommitteeWalkJourneyTests(CommitteeWalkHost host)
{
    private static readonly DateTimeOffset AfterPreProposalDeadline = new(2027, 9, 15, 10, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDeadline = new(2027, 10, 19, 16, 5, 0, TimeSpan.Zero);

    private static readonly string[] Data =
    [
        "Appel Ports 2027 en deux étapes", "Jumeau numérique des ports sobres", "MARÉE Systèmes SAS", "Laboratoire MARÉE", "MARÉE Industrie", "MARÉE",
        "Salle du conseil, Rennes", "Un jumeau numérique pour piloter les réseaux des ports de l'Ouest.", "Précisez le plan de déploiement.",
    ];

    [Fact]
    public async Task From_pre_proposal_to_label_with_an_outside_member_who_said_yes()
    {
        var (callId, dossierId, leadEmail) = await ReviewedTwoStageDossier();
        var member = await host.Api.NewUser("membre.comite");

        var page = await host.NewPage();
        await Journey(page, "marche-comite", async () =>
        {
            await SignIn(page, WebFactory.ManagerEmail, WebFactory.ManagerPassword);
            await page.GotoAsync($"/gestion/comites?appel={callId}");
            await page.GetByLabel("Adresse e-mail de la personne à inviter").FillAsync(member.Email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inviter au comité" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync($"L'invitation est envoyée à {member.Email}");
            await Assertions.Expect(page.Locator(".committee-pending")).ToContainTextAsync(member.Email);
            // Not yet a member: the scheduling form does not offer the invited person.
            await Assertions.Expect(page.GetByLabel(member.Email)).ToHaveCountAsync(0);
            await Snapshot(page, "marche-comite-01-invitation-envoyee");
            await InEnglish(page, $"/gestion/comites?appel={callId}", "marche-comite-01-en-invitation-sent", Data);
            var manager = page;

            page = await host.NewPage();
            await SignIn(page, member.Email, ApiArrange.Password);
            await page.GotoAsync("/invitations");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Siéger au comité de labellisation de l'appel « Appel Ports 2027 en deux étapes »");
            await Snapshot(page, "marche-comite-02-invitation-recue");
            await InEnglish(page, "/invitations", "marche-comite-02-en-invitation-received", Data);
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Accepter l'invitation") }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/comites$"));
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Vous êtes membre du comité de labellisation");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Vous ne siégez encore à aucune séance.");
            await Snapshot(page, "marche-comite-03-membre-sans-seance");
            var outsider = page;

            page = manager;
            await page.GotoAsync($"/gestion/comites?appel={callId}");
            await Assertions.Expect(page.Locator(".committee-external")).ToContainTextAsync(member.Email);
            await page.GetByLabel("Début de la séance (heure de Paris)").FillAsync("2027-11-25T14:00");
            await page.GetByLabel("Lieu").FillAsync("Salle du conseil, Rennes");
            await page.GetByLabel("Durée d'une audition, en minutes").FillAsync("30");
            await page.GetByLabel(WebFactory.ManagerEmail).CheckAsync();
            await page.GetByLabel(member.Email).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Planifier la séance" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Planifier et prévenir les consortiums" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("La séance est planifiée");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync(member.Email);

            page = outsider;
            await page.GotoAsync("/comites");
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("MARÉE");
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Pas encore voté");
            await Snapshot(page, "marche-comite-04-membre-ordre-du-jour");
            await InEnglish(page, "/comites", "marche-comite-04-en-member-agenda", Data);

            page = manager;
            var vote = page.GetByRole(AriaRole.Region, new() { Name = "Vote sur MARÉE" });
            await vote.GetByLabel("Décision").SelectOptionAsync(new SelectOptionValue { Label = "Labellisé" });
            await vote.GetByLabel("Voix pour").FillAsync("2");
            await vote.GetByLabel("Voix contre").FillAsync("0");
            await vote.GetByLabel("Abstentions").FillAsync("0");
            await vote.GetByRole(AriaRole.Button, new() { Name = "Enregistrer le vote sur MARÉE" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("Le vote est enregistré");
            await page.GetByRole(AriaRole.Button, new() { Name = "Clore la séance" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Clore la séance et décider" }).ClickAsync();
            await Assertions.Expect(page.Locator(".notice-success")).ToContainTextAsync("La séance est close");

            page = outsider;
            await page.GotoAsync("/comites");
            await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync("Labellisé");
            await Snapshot(page, "marche-comite-05-membre-seance-close");

            page = await host.NewPage();
            await SignIn(page, leadEmail, ApiArrange.Password);
            await page.GotoAsync($"/dossiers/{dossierId}");
            await Assertions.Expect(page.Locator(".dossier-header")).ToContainTextAsync("Labellisé");
            await Snapshot(page, "marche-comite-06-consortium-labellise");
            await InEnglish(page, $"/dossiers/{dossierId}", "marche-comite-06-en-consortium-labelled", Data);
        });
    }

    /// <summary>
    /// A two-stage call with one dossier that went through it all: pre-proposal with estimates, invited, full dossier
    /// submitted before the deadline, both reviews in. The clock ends past the submission deadline.
    /// </summary>
    private async Task<(Guid CallId, Guid DossierId, string LeadEmail)> ReviewedTwoStageDossier()
    {
        var callId = await host.Api.PublishedCall("Appel Ports 2027 en deux étapes", "2027-10-19T18:00:00", "2027-09-15T12:00:00");
        var leadEmail = $"maree-{Guid.NewGuid():N}@exemple.test";
        var lead = await host.Api.NewOrganisation("MARÉE Systèmes SAS", "Sme", "FR-BRE", leadEmail);
        var lab = await host.Api.NewOrganisation("Laboratoire MARÉE", "Research", "FR-BRE");
        var industry = await host.Api.NewOrganisation("MARÉE Industrie", "Large", "FR-NOR");
        var created = await (await lead.Client.PostAsJsonAsync($"/api/calls/{callId}/proposals", new
        {
            acronym = "MARÉE", title = "Jumeau numérique des ports sobres", summary = "Un jumeau numérique pour piloter les réseaux des ports de l'Ouest.",
            keywords = new[] { "ports", "jumeau numérique" }, trlStart = 3, trlTarget = 6, durationMonths = 36,
        })).Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>();
        var dossierId = created!["id"]!.GetValue<Guid>();
        foreach (var partner in new[] { lab, industry })
        {
            await Expect(lead.Client.PostAsJsonAsync($"/api/proposals/{dossierId}/partners", new { organisationId = partner.Id }), HttpStatusCode.Created);
        }

        foreach (var organisation in new[] { lead, lab, industry })
        {
            await Expect(lead.Client.PutAsJsonAsync($"/api/proposals/{dossierId}/partners/{organisation.Id}/estimate", new { total = 600_000m }), HttpStatusCode.OK);
        }

        await Expect(lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null), HttpStatusCode.OK);
        host.Factory.Clock.SetUtcNow(AfterPreProposalDeadline);
        var manager = await host.Api.Manager();
        await Expect(manager.PostAsJsonAsync($"/api/proposals/{dossierId}/shortlist", new { invited = true, feedback = "Précisez le plan de déploiement." }), HttpStatusCode.OK);
        foreach (var (organisation, personnel) in new[] { (lead, 500_000m), (lab, 300_000m), (industry, 400_000m) })
        {
            await Expect(lead.Client.PutAsJsonAsync($"/api/proposals/{dossierId}/partners/{organisation.Id}/budget",
                new { personnel, overheads = 50_000m, subcontracting = 0m, equipment = 20_000m, otherCosts = 0m }), HttpStatusCode.OK);
        }

        await Expect(lead.Client.PostAsync($"/api/proposals/{dossierId}/submit", null), HttpStatusCode.OK);
        var first = await host.Api.NewExpert(callId, "Dr Nolwenn Cariou", ["ports"]);
        var second = await host.Api.NewExpert(callId, "Pr Erwan Le Floch", ["ports"]);
        host.Factory.Clock.SetUtcNow(AfterDeadline);
        await host.Api.AutoAssign(callId);
        await host.Api.ReviewAsExpert(first, dossierId, 4);
        await host.Api.ReviewAsExpert(second, dossierId, 4);
        return (callId, dossierId, leadEmail);
    }

    private static async Task Expect(Task<HttpResponseMessage> call, HttpStatusCode status)
    {
        var response = await call;
        Assert.True(response.StatusCode == status, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }
}
