using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Application.Proposals.ExpireCorrectionRequests;
using FundingPortal.TestSupport.Files;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>
/// A manager asks for a correction after the call's deadline: the consortium may change the named parts only, until the
/// due date, and answers with a new receipted version marked as a correction; late edits answer correction_expired.
/// </summary>
[Collection(Collections.Notifications)]
public sealed class CorrectionRequestTests(MailingApiFactory factory) : PortalTest(factory)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task After_the_deadline_a_correction_reopens_only_its_scope_and_is_answered_by_a_new_receipted_correction_version()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("GOÉLAND", ["5G"]);
        s.Close();
        var path = $"/api/proposals/{dossier.ProposalId}/correction-requests";
        var budget = $"/api/proposals/{dossier.ProposalId}/partners/{dossier.Lab.OrganisationId}/budget";
        var newBudget = new { personnel = 420_000m, overheads = 100_000m, subcontracting = 0m, equipment = 0m, otherCosts = 0m };
        await ApiClient.AssertProblem(await dossier.Lead.Client.PutAsJsonAsync(budget, newBudget), HttpStatusCode.Conflict, "deadline_passed");

        var created = await s.Manager.PostAsJsonAsync(path, Body(s.DeadlineUtc.AddDays(7), "Budgets", "Attachments"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var request = await ApiClient.ReadObject(created);
        Assert.Equal("Open", request["status"]!.GetValue<string>());
        Assert.Equal(["Attachments", "Budgets"], request["scope"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal(s.DeadlineUtc.AddDays(7), request["dueAt"]!["utc"]!.GetValue<DateTimeOffset>());

        var told = await factory.Mail.WaitFor(await EventNotificationTests.EmailOf(dossier.Lab.Client),
            m => m.Subject == $"Correction demandée : GOÉLAND — {dossier.Reference}");
        EventNotificationTests.AssertWellFormed(told, $"/dossiers/{dossier.ProposalId}/corrections");
        Assert.Contains("budgets", told.Text, StringComparison.Ordinal);
        Assert.Contains("Le budget du laboratoire est incohérent", told.Text, StringComparison.Ordinal);
        var thread = (await dossier.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/messages"))!;
        Assert.Equal(request["id"]!.GetValue<Guid>(), thread.Single()!["correctionRequestId"]!.GetValue<Guid>());

        await Consortium.Expect(dossier.Lead.Client.PutAsJsonAsync(budget, newBudget), HttpStatusCode.OK);
        await ApiClient.AssertProblem(await dossier.Lead.Client.PutAsJsonAsync($"/api/proposals/{dossier.ProposalId}", new
        {
            acronym = "GOÉLAND", title = "Un autre titre", summary = "Résumé.", keywords = new[] { "5G" }, trlStart = 4, trlTarget = 7, durationMonths = 36,
        }), HttpStatusCode.Conflict, "outside_correction_scope");
        await ApiClient.AssertProblem(await dossier.Lead.Client.DeleteAsync($"/api/proposals/{dossier.ProposalId}/partners/{dossier.Large.OrganisationId}"),
            HttpStatusCode.Conflict, "outside_correction_scope");

        var dossierView = (await dossier.Lead.Client.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!;
        Assert.True(dossierView["canSubmit"]!.GetValue<bool>());
        Assert.Equal(request["id"]!.GetValue<Guid>(), dossierView["openCorrection"]!["id"]!.GetValue<Guid>());

        var submitted = await Submitted(dossier.Lead.Client, dossier.ProposalId);
        Assert.Equal(2, submitted["version"]!.GetValue<int>());
        var versions = (await dossier.Lead.Client.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/versions"))!;
        Assert.Equal([false, true], versions.Select(v => v!["correction"]!.GetValue<bool>()));
        var answered = (await s.Manager.GetFromJsonAsync<JsonArray>(path))!.Single()!;
        Assert.Equal("Answered", answered["status"]!.GetValue<string>());
        Assert.Equal(2, answered["answeredVersion"]!.GetValue<int>());
        Assert.Equal("Submitted", (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["status"]!.GetValue<string>());

        // Answered: the dossier is frozen again by the call's deadline.
        await ApiClient.AssertProblem(await dossier.Lead.Client.PutAsJsonAsync(budget, newBudget), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/submit", null), HttpStatusCode.Conflict,
            "deadline_passed");

        var receipt = await WaitForReceipt(dossier.Lead.Client, dossier.ProposalId, 2);
        Assert.Contains("Version corrigée", await PdfText(dossier.Lead.Client, $"/api/documents/{receipt}"), StringComparison.Ordinal);
        Assert.Contains("Version 2 — correction", await PdfText(dossier.Lead.Client, $"/api/documents/{receipt}"), StringComparison.Ordinal);
        Assert.Contains("Corrected version", await PdfText(dossier.Lead.Client, $"/api/documents/{receipt}?lang=en"), StringComparison.Ordinal);
        var firstReceipt = await WaitForReceipt(dossier.Lead.Client, dossier.ProposalId, 1);
        Assert.DoesNotContain("Version corrigée", await PdfText(dossier.Lead.Client, $"/api/documents/{firstReceipt}"), StringComparison.Ordinal);

        var history = (await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/history"))!
            .Select(h => h!["action"]!.GetValue<string>()).ToList();
        Assert.Equal(["proposal_submitted", "correction_requested", "correction_answered"],
            history.Where(a => a is "proposal_submitted" or "correction_requested" or "correction_answered"));
        Assert.True((await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}/history/verify"))!["valid"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_correction_is_refused_on_a_draft_and_from_its_due_instant_on_every_edit_answers_correction_expired_and_the_job_records_it()
    {
        var s = await ReviewScenario.Create(factory);
        var draft = await s.Api.NewApplicant();
        var createdDraft = await draft.Client.PostAsJsonAsync($"/api/calls/{s.CallId}/proposals", new
        {
            acronym = "HARLE", title = "Projet HARLE", summary = "Brouillon.", keywords = new[] { "5G" }, trlStart = 4, trlTarget = 7, durationMonths = 36,
        });
        var draftId = (await ApiClient.ReadObject(createdDraft))["id"]!.GetValue<Guid>();
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync($"/api/proposals/{draftId}/correction-requests", Body(s.DeadlineUtc.AddDays(7), "Budgets")),
            HttpStatusCode.Conflict, "invalid_state");

        var dossier = await s.SubmitDossier("IBIS", ["5G"]);
        s.Close();
        var path = $"/api/proposals/{dossier.ProposalId}/correction-requests";
        var due = s.DeadlineUtc.AddDays(2);
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync(path, Body(s.DeadlineUtc, "Budgets")), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync(path, Body(due)), HttpStatusCode.BadRequest, "validation_failed");
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsJsonAsync(path, Body(due, "Budgets")), HttpStatusCode.Forbidden, "forbidden");
        await Consortium.Expect(s.Manager.PostAsJsonAsync(path, Body(due, "Attachments")), HttpStatusCode.Created);
        await ApiClient.AssertProblem(await s.Manager.PostAsJsonAsync(path, Body(due, "Budgets")), HttpStatusCode.Conflict, "correction_already_open");

        factory.Clock.SetUtcNow(due);
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/submit", null), HttpStatusCode.Conflict,
            "correction_expired");
        var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestPdfs.OnePage("Annexe", 0)) { Headers = { ContentType = new("application/pdf") } }, "file", "annexe.pdf" },
            { new StringContent("Annex"), "kind" },
        };
        await ApiClient.AssertProblem(await dossier.Lead.Client.PostAsync($"/api/proposals/{dossier.ProposalId}/attachments", upload), HttpStatusCode.Conflict,
            "correction_expired");
        Assert.Equal("Expired", (await s.Manager.GetFromJsonAsync<JsonArray>(path))!.Single()!["status"]!.GetValue<string>());

        using (var scope = factory.Services.CreateScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ExpireCorrectionRequests>().Handle(CancellationToken.None));
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ExpireCorrectionRequests>().Handle(CancellationToken.None));
        }

        Assert.Contains((await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/history"))!,
            h => h!["action"]!.GetValue<string>() == "correction_expired");
        Assert.Equal(1, (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["latestVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_answer_one_second_before_the_due_date_is_accepted_and_strangers_and_experts_get_404()
    {
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("JASEUR", ["5G"]);
        var expert = await s.NewExpert("Dr Jaseur", ["5G"]);
        s.Close();
        await s.Assign(dossier, expert);
        var path = $"/api/proposals/{dossier.ProposalId}/correction-requests";
        var due = s.DeadlineUtc.AddDays(1);
        await Consortium.Expect(s.Manager.PostAsJsonAsync(path, Body(due, "Budgets")), HttpStatusCode.Created);
        Assert.Equal("UnderReview", (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["status"]!.GetValue<string>());

        var (stranger, _, _) = await s.Api.NewApplicant();
        foreach (var outsider in new[] { stranger, expert.Client })
        {
            await ApiClient.AssertProblem(await outsider.GetAsync(path), HttpStatusCode.NotFound, "not_found");
            await ApiClient.AssertProblem(await outsider.PostAsJsonAsync(path, Body(due, "Budgets")), HttpStatusCode.NotFound, "not_found");
        }

        factory.Clock.SetUtcNow(due.AddSeconds(-1));
        var submitted = await Submitted(dossier.Lead.Client, dossier.ProposalId);
        Assert.Equal(2, submitted["version"]!.GetValue<int>());
        Assert.Equal("UnderReview", (await s.Manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{dossier.ProposalId}"))!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_manager_asks_for_a_correction_from_the_dossier_page_after_a_confirmation_and_the_lead_sees_the_banner_and_submits_the_correction()
    {
        var s = await ReviewScenario.Create(factory);
        var api = new ApiClient(factory);
        var (leadClient, leadOrganisation, leadEmail) = await api.NewApplicant("Sme", "FR-BRE");
        var dossier = await s.SubmitDossier("KAKAPO", ["5G"], lead: new Applicant(leadClient, leadOrganisation));
        s.Close();
        var manager = await WebSession.SignIn(factory, ApiFactory.ManagerEmail, ApiFactory.ManagerPassword);
        var page = $"/dossiers/{dossier.ProposalId}/corrections";
        Assert.Contains("Demander une correction", await manager.Client.GetStringAsync($"/dossiers/{dossier.ProposalId}"), StringComparison.Ordinal);
        var dueLocal = TimeZoneInfo.ConvertTime(s.DeadlineUtc.AddDays(5), Paris).DateTime;
        var form = new Dictionary<string, string>
        {
            ["Scope"] = "Budgets",
            ["DueAt"] = dueLocal.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            ["Message"] = "Merci de corriger le budget du laboratoire.",
        };

        var confirming = await (await manager.PostForm(page, form)).Content.ReadAsStringAsync();
        Assert.Contains("Confirmez la demande de correction", confirming, StringComparison.Ordinal);
        Assert.Contains("pourra modifier uniquement : budgets, jusqu", confirming, StringComparison.Ordinal);
        Assert.Empty((await s.Manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{dossier.ProposalId}/correction-requests"))!);

        var empty = await (await manager.PostForm(page, new() { ["DueAt"] = form["DueAt"], ["Message"] = "x" })).Content.ReadAsStringAsync();
        Assert.Contains("Cochez au moins une partie à corriger.", empty, StringComparison.Ordinal);

        form["Confirmed"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostForm(page, form)).StatusCode);
        Assert.Contains("La demande de correction est envoyée au consortium.", await manager.Client.GetStringAsync(page), StringComparison.Ordinal);

        var lead = await WebSession.SignIn(factory, leadEmail, ApiClient.Password);
        var overview = await lead.Client.GetStringAsync($"/dossiers/{dossier.ProposalId}");
        Assert.Contains("Correction demandée par le pôle", overview, StringComparison.Ordinal);
        Assert.Contains("Le consortium peut modifier uniquement : budgets", overview, StringComparison.Ordinal);
        var submitPage = await lead.Client.GetStringAsync($"/dossiers/{dossier.ProposalId}/depot");
        var key = System.Text.RegularExpressions.Regex.Match(submitPage, "name=\"IdempotencyKey\" value=\"([0-9a-f]+)\"").Groups[1].Value;
        var submitted = await lead.PostForm($"/dossiers/{dossier.ProposalId}/depot", new() { ["IdempotencyKey"] = key });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.EndsWith($"/dossiers/{dossier.ProposalId}/versions/2?depose=1", submitted.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("Traitée", await lead.Client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_the_deadline_partners_change_only_inside_a_correction_naming_them_and_not_after_its_due_date()
    {
        var s = await ReviewScenario.Create(factory);
        var budgetsOnly = await s.SubmitDossier("JASEUR", ["5G"]);
        var partners = await s.SubmitDossier("KAKATOÈS", ["5G"]);
        s.Close();
        object Invite(string who) => new { email = $"{who}@nouveau-partenaire.test", organisationName = "Nouveau partenaire" };
        string Invitations(Dossier d) => $"/api/proposals/{d.ProposalId}/partner-invitations";

        await ApiClient.AssertProblem(await partners.Lead.Client.PostAsJsonAsync(Invitations(partners), Invite("avant")), HttpStatusCode.Conflict,
            "deadline_passed");

        await Consortium.Expect(s.Manager.PostAsJsonAsync($"/api/proposals/{budgetsOnly.ProposalId}/correction-requests", Body(s.DeadlineUtc.AddDays(7), "Budgets")),
            HttpStatusCode.Created);
        await ApiClient.AssertProblem(await budgetsOnly.Lead.Client.PostAsJsonAsync(Invitations(budgetsOnly), Invite("hors-champ")), HttpStatusCode.Conflict,
            "outside_correction_scope");

        var due = s.DeadlineUtc.AddDays(3);
        var created = await s.Manager.PostAsJsonAsync($"/api/proposals/{partners.ProposalId}/correction-requests", Body(due, "Partners"));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        Assert.Equal(["Partners"], (await ApiClient.ReadObject(created))["scope"]!.AsArray().Select(x => x!.GetValue<string>()));
        var invited = await partners.Lead.Client.PostAsJsonAsync(Invitations(partners), Invite("dans-le-champ"));
        Assert.True(invited.StatusCode == HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        Assert.Contains((await partners.Lead.Client.GetFromJsonAsync<JsonArray>(Invitations(partners)))!,
            i => i!["email"]!.GetValue<string>() == "dans-le-champ@nouveau-partenaire.test");
        await Consortium.Expect(partners.Lead.Client.DeleteAsync($"/api/proposals/{partners.ProposalId}/partners/{partners.Large.OrganisationId}"),
            HttpStatusCode.NoContent);
        await ApiClient.AssertProblem(await partners.Lead.Client.PutAsJsonAsync($"/api/proposals/{partners.ProposalId}/partners/{partners.Lab.OrganisationId}/budget",
            new { personnel = 1m, overheads = 0m, subcontracting = 0m, equipment = 0m, otherCosts = 0m }), HttpStatusCode.Conflict, "outside_correction_scope");

        factory.Clock.SetUtcNow(due);
        await ApiClient.AssertProblem(await partners.Lead.Client.PostAsJsonAsync(Invitations(partners), Invite("trop-tard")), HttpStatusCode.Conflict,
            "correction_expired");
        await ApiClient.AssertProblem(await partners.Lead.Client.DeleteAsync($"/api/proposals/{partners.ProposalId}/partners/{partners.Lab.OrganisationId}"),
            HttpStatusCode.Conflict, "correction_expired");
        Assert.DoesNotContain((await partners.Lead.Client.GetFromJsonAsync<JsonArray>(Invitations(partners)))!,
            i => i!["email"]!.GetValue<string>() == "trop-tard@nouveau-partenaire.test");
    }

    private static object Body(DateTimeOffset dueUtc, params string[] scope) => new
    {
        message = "Le budget du laboratoire est incohérent avec l'annexe financière : merci de le corriger.",
        dueAt = new
        {
            localDateTime = TimeZoneInfo.ConvertTime(dueUtc, Paris).DateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
            timeZone = "Europe/Paris",
        },
        scope,
    };

    private static async Task<JsonObject> Submitted(HttpClient lead, Guid proposalId)
    {
        var response = await lead.PostAsync($"/api/proposals/{proposalId}/submit", null);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await ApiClient.ReadObject(response);
    }

    private static async Task<Guid> WaitForReceipt(HttpClient client, Guid proposalId, int version)
    {
        for (var i = 0; i < 150; i++)
        {
            var receipt = (await client.GetFromJsonAsync<JsonArray>($"/api/proposals/{proposalId}/documents"))!
                .FirstOrDefault(d => d!["kind"]!.GetValue<string>() == "Receipt" && d["version"]!.GetValue<int>() == version && d["status"]!.GetValue<string>() == "Ready");
            if (receipt is not null)
            {
                return receipt["id"]!.GetValue<Guid>();
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"the receipt of version {version} is not ready");
    }

    private static async Task<string> PdfText(HttpClient client, string path)
    {
        using var pdf = PdfDocument.Open(await client.GetByteArrayAsync(path));
        return string.Join(" ", pdf.GetPages().Select(p => p.Text)).Replace('\u00A0', ' ');
    }
}
