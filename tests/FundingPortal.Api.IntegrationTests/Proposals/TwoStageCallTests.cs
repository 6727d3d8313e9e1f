using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>
/// Two-stage calls through the API: the call's pre-proposal stage, pre-proposals with estimated totals submitted before
/// their own deadline, the shortlist, and the full dossier of invited consortia only.
/// </summary>
[Collection(Collections.Proposals)]
public sealed class TwoStageCallTests(ApiFactory factory) : PortalTest(factory)
{
    private static readonly DateTime PreProposalDeadline = new(2026, 9, 15, 12, 0, 0);
    private static readonly DateTime FullDeadline = new(2026, 10, 19, 18, 0, 0);

    [Fact]
    public async Task A_call_definition_carries_its_pre_proposal_deadline_as_local_time_and_utc()
    {
        var manager = await new ApiClient(factory).Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(new DateTime(2026, 6, 1), FullDeadline, [(state, 1_000_000m)]);
        definition["preProposal"] = CallBuilder.PreProposal(PreProposalDeadline, maxPages: 5);

        var created = await manager.PostAsJsonAsync("/api/calls", definition);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var call = await ApiClient.ReadObject(created);
        Assert.Equal("2026-09-15T12:00:00", call["preProposal"]!["deadline"]!["localDateTime"]!.GetValue<string>());
        Assert.Equal(new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero), call["preProposal"]!["deadline"]!["utc"]!.GetValue<DateTimeOffset>());
        Assert.Equal(5, call["preProposal"]!["maxPages"]!.GetValue<int>());

        // An update may drop the stage (a one-stage call again) or set it back; GET reads what was saved.
        var id = call["id"]!.GetValue<Guid>();
        definition["preProposal"] = null;
        var oneStage = await ApiClient.ReadObject(await manager.PutAsJsonAsync($"/api/calls/{id}", definition));
        Assert.Null(oneStage["preProposal"]);
        definition["preProposal"] = CallBuilder.PreProposal(new DateTime(2026, 10, 1, 12, 0, 0));
        Assert.Equal(HttpStatusCode.OK, (await manager.PutAsJsonAsync($"/api/calls/{id}", definition)).StatusCode);
        var read = (await manager.GetFromJsonAsync<JsonObject>($"/api/calls/{id}"))!;
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 10, 0, 0, TimeSpan.Zero), read["preProposal"]!["deadline"]!["utc"]!.GetValue<DateTimeOffset>());
        Assert.Null(read["preProposal"]!["maxPages"]);
    }

    [Fact]
    public async Task A_pre_proposal_deadline_outside_the_submission_window_is_refused_with_the_field_named()
    {
        var manager = await new ApiClient(factory).Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(new DateTime(2026, 6, 1), FullDeadline, [(state, 1_000_000m)]);

        foreach (var wrong in new[] { FullDeadline, FullDeadline.AddDays(1), new DateTime(2026, 5, 31) })
        {
            definition["preProposal"] = CallBuilder.PreProposal(wrong);
            var refused = await manager.PostAsJsonAsync("/api/calls", definition);
            await ApiClient.AssertProblem(refused, HttpStatusCode.BadRequest, "validation_failed");
            Assert.NotNull((await ApiClient.ReadObject(refused))["errors"]!["preProposal.deadline"]);
        }

        definition["preProposal"] = CallBuilder.PreProposal(PreProposalDeadline, maxPages: 0);
        var pages = await manager.PostAsJsonAsync("/api/calls", definition);
        await ApiClient.AssertProblem(pages, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull((await ApiClient.ReadObject(pages))["errors"]!["preProposal.maxPages"]);

        definition["preProposal"] = new JsonObject { ["deadline"] = new JsonObject { ["localDateTime"] = "2026-09-15T12:00:00+02:00", ["timeZone"] = "Europe/Paris" } };
        var offset = await manager.PostAsJsonAsync("/api/calls", definition);
        await ApiClient.AssertProblem(offset, HttpStatusCode.BadRequest, "invalid_local_time");
        Assert.NotNull((await ApiClient.ReadObject(offset))["errors"]!["preProposal.deadline.localDateTime"]);

        definition["preProposal"] = new JsonObject { ["maxPages"] = 4 };
        var missing = await manager.PostAsJsonAsync("/api/calls", definition);
        await ApiClient.AssertProblem(missing, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull((await ApiClient.ReadObject(missing))["errors"]!["preProposal.deadline"]);

        var french = new HttpRequestMessage(HttpMethod.Post, "/api/calls") { Content = JsonContent.Create(Set(definition, CallBuilder.PreProposal(FullDeadline))) };
        french.Headers.AcceptLanguage.ParseAdd("fr");
        var worded = await ApiClient.ReadObject(await manager.SendAsync(french));
        Assert.Contains("avant la date limite de dépôt", worded["errors"]!["preProposal.deadline"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_whose_pre_proposal_deadline_has_passed_cannot_be_published()
    {
        var manager = await new ApiClient(factory).Manager();
        var (state, _, _) = await CallBuilder.EnsureFunders(manager);
        var definition = CallBuilder.Definition(new DateTime(2026, 5, 1), FullDeadline, [(state, 1_000_000m)]);
        definition["preProposal"] = CallBuilder.PreProposal(new DateTime(2026, 5, 20, 12, 0, 0));
        var id = (await ApiClient.ReadObject(await manager.PostAsJsonAsync("/api/calls", definition)))["id"]!.GetValue<Guid>();

        var refused = await manager.PostAsync($"/api/calls/{id}/publish", null);
        await ApiClient.AssertProblem(refused, (HttpStatusCode)422, "call_incomplete");
        Assert.NotNull((await ApiClient.ReadObject(refused))["errors"]!["preProposal.deadline"]);
    }

    [Fact]
    public async Task A_pre_proposal_gives_one_estimated_total_per_partner_and_no_budget_rule_applies_yet()
    {
        var c = await TwoStage();
        var draft = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal(("Draft", "PreProposal"), (draft["status"]!.GetValue<string>(), draft["stage"]!.GetValue<string>()));

        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget", new { personnel = 1000m }),
            HttpStatusCode.Conflict, "invalid_state");
        Assert.Contains("partner_without_estimate", await IssueCodes(c));

        // The lead estimates for anyone, a partner for itself only; a stranger does not see the dossier.
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/estimate", new { total = 700_000m }), HttpStatusCode.OK);
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/estimate", new { total = 250_000.5m }), HttpStatusCode.OK);
        await Consortium.Expect(c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/estimate", new { total = 300_000m }), HttpStatusCode.OK);
        await ApiClient.AssertProblem(await c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}/estimate", new { total = 1m }),
            HttpStatusCode.Forbidden, "forbidden");
        var (stranger, _, _) = await new ApiClient(factory).NewApplicant("Sme", "FR-BRE");
        await ApiClient.AssertProblem(await stranger.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/estimate", new { total = 1m }),
            HttpStatusCode.NotFound, "not_found");

        foreach (var bad in new object[] { new { total = -1m }, new { total = 12.345m }, new { total = (decimal?)null } })
        {
            var refused = await c.Large.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}/estimate", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.NotNull((await ApiClient.ReadObject(refused))["errors"]!["total"]);
        }

        // The consortium is far below the call's minimum budget: at this stage it does not matter.
        await Consortium.Expect(c.Large.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}/estimate", new { total = 0m }), HttpStatusCode.OK);
        var estimated = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal(1_000_000m, estimated["totalEstimate"]!.GetValue<decimal>());
        Assert.Equal(300_000m, estimated["partners"]!.AsArray().Single(p => p!["organisationId"]!.GetValue<Guid>() == c.LabOrganisationId)!["estimatedTotal"]!.GetValue<decimal>());
        Assert.Empty(await IssueCodes(c));
        Assert.True(estimated["canSubmit"]!.GetValue<bool>());

        var history = await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history");
        Assert.Contains(history!, h => h!["action"]!.GetValue<string>() == "estimate_updated");
    }

    [Fact]
    public async Task A_one_stage_call_has_no_estimates()
    {
        var c = await Consortium.Create(factory);
        var oneStage = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal("Full", oneStage["stage"]!.GetValue<string>());
        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/estimate", new { total = 1m }),
            HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task A_pre_proposal_is_accepted_one_millisecond_before_its_deadline_and_refused_at_it_with_the_same_idempotency_as_a_submission()
    {
        var c = await TwoStage();
        await Estimate(c);
        var preDeadline = PreDeadlineUtc(c);
        Assert.Equal(new DateTimeOffset(2026, 9, 15, 10, 0, 0, TimeSpan.Zero), preDeadline);

        factory.Clock.SetUtcNow(preDeadline.AddMilliseconds(-1));
        var key = Guid.NewGuid().ToString();
        var accepted = await ApiClient.ReadObject(await c.Submit(key));
        Assert.Equal(1, accepted["version"]!.GetValue<int>());
        var again = await ApiClient.ReadObject(await c.Submit(key));
        Assert.Equal(accepted["receipt"]!["number"]!.GetValue<string>(), again["receipt"]!["number"]!.GetValue<string>());
        var status = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal(("PreProposalSubmitted", "PreProposal"), (status["status"]!.GetValue<string>(), status["stage"]!.GetValue<string>()));

        factory.Clock.SetUtcNow(preDeadline);
        await ApiClient.AssertProblem(await c.Submit(), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/estimate", new { total = 1m }),
            HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}", Consortium.ValidFields), HttpStatusCode.Conflict, "deadline_passed");
        await ApiClient.AssertProblem(await c.Lead.PostAsJsonAsync($"/api/calls/{c.CallId}/proposals", Consortium.ValidFields), HttpStatusCode.Conflict, "call_not_open");
        Assert.Contains("pre_proposal_deadline_passed", await IssueCodes(c));
        Assert.Single((await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions"))!);

        // A key already accepted still answers with its receipt after the deadline.
        Assert.Equal(HttpStatusCode.OK, (await c.Submit(key)).StatusCode);
    }

    [Fact]
    public async Task The_pre_proposal_cut_off_is_exact_in_winter_time_too()
    {
        var c = await TwoStage(preProposalDeadline: new DateTime(2026, 11, 2, 12, 0, 0), deadline: new DateTime(2026, 12, 19, 18, 0, 0));
        await Estimate(c);
        var preDeadline = PreDeadlineUtc(c);
        Assert.Equal(new DateTimeOffset(2026, 11, 2, 11, 0, 0, TimeSpan.Zero), preDeadline);

        // 10:30Z would be past noon under summer time: still open in November.
        factory.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 2, 10, 30, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);
        factory.Clock.SetUtcNow(preDeadline.AddMilliseconds(-1));
        Assert.Equal(HttpStatusCode.OK, (await c.Submit()).StatusCode);
        factory.Clock.SetUtcNow(preDeadline);
        await ApiClient.AssertProblem(await c.Submit(), HttpStatusCode.Conflict, "deadline_passed");
        Assert.Equal(2, (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions"))!.Count);
    }

    [Fact]
    public async Task Only_managers_shortlist_and_only_submitted_pre_proposals_once_the_pre_proposal_deadline_has_passed()
    {
        var c = await TwoStage();
        var manager = await new ApiClient(factory).Manager();
        var shortlist = $"/api/proposals/{c.ProposalId}/shortlist";

        await ApiClient.AssertProblem(await manager.PostAsJsonAsync(shortlist, new { invited = true }), HttpStatusCode.Conflict, "invalid_state");
        await Estimate(c);
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync(shortlist, new { invited = true }), HttpStatusCode.Conflict, "pre_proposal_stage_open");

        factory.Clock.SetUtcNow(PreDeadlineUtc(c));
        Assert.Equal(HttpStatusCode.Forbidden, (await c.Lead.PostAsJsonAsync(shortlist, new { invited = true })).StatusCode);
        var (stranger, _, _) = await new ApiClient(factory).NewApplicant("Sme", "FR-BRE");
        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.PostAsJsonAsync(shortlist, new { invited = true })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/proposals/{Guid.NewGuid()}/shortlist", new { invited = true })).StatusCode);
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync(shortlist, new { feedback = "?" }), HttpStatusCode.BadRequest, "validation_failed");
        var silent = await manager.PostAsJsonAsync(shortlist, new { invited = false, feedback = " " });
        await ApiClient.AssertProblem(silent, HttpStatusCode.BadRequest, "validation_failed");
        Assert.NotNull((await ApiClient.ReadObject(silent))["errors"]!["feedback"]);
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync(shortlist, new { invited = false, feedback = new string('x', 4001) }), HttpStatusCode.BadRequest,
            "validation_failed");
        Assert.Equal("PreProposalSubmitted", (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!["status"]!.GetValue<string>());

        await Consortium.Expect(manager.PostAsJsonAsync(shortlist, new { invited = true, feedback = "Précisez le rôle du laboratoire." }), HttpStatusCode.OK);
        await ApiClient.AssertProblem(await manager.PostAsJsonAsync(shortlist, new { invited = false, feedback = "Finalement non." }), HttpStatusCode.Conflict,
            "invalid_state");
        var history = await manager.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/history");
        Assert.Contains(history!, h => h!["action"]!.GetValue<string>() == "invited_to_full_proposal" && h["toState"]!.GetValue<string>() == "InvitedToFullProposal");
    }

    [Fact]
    public async Task An_invited_consortium_completes_its_budgets_under_the_call_rules_and_submits_the_full_dossier_until_the_exact_deadline()
    {
        var c = await TwoStage();
        await Estimate(c);
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        factory.Clock.SetUtcNow(PreDeadlineUtc(c).AddHours(1));
        var manager = await new ApiClient(factory).Manager();
        var invited = await ApiClient.ReadObject(await manager.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/shortlist",
            new { invited = true, feedback = "Précisez le rôle du laboratoire." }));
        Assert.Equal(("InvitedToFullProposal", "Full"), (invited["status"]!.GetValue<string>(), invited["stage"]!.GetValue<string>()));

        var dossier = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal("Précisez le rôle du laboratoire.", dossier["shortlistFeedback"]!.GetValue<string>());
        await ApiClient.AssertProblem(await c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/estimate", new { total = 1m }),
            HttpStatusCode.Conflict, "invalid_state");

        // The budget rules apply now: one partner alone is far above 70 % of the total.
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget", new { personnel = 900_000m, overheads = 200_000m }),
            HttpStatusCode.OK);
        var ineligible = await c.Submit();
        await ApiClient.AssertProblem(ineligible, (HttpStatusCode)422, "proposal_ineligible");
        var codes = (await ApiClient.ReadObject(ineligible))["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).ToList();
        Assert.Contains("partner_without_budget", codes);
        Assert.Contains("partner_share_too_high", codes);

        await FillBudgets(c);
        factory.Clock.SetUtcNow(c.DeadlineUtc.AddMilliseconds(-1));
        var full = await ApiClient.ReadObject(await c.Submit());
        Assert.Equal(2, full["version"]!.GetValue<int>());
        var submitted = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal(("Submitted", "Full"), (submitted["status"]!.GetValue<string>(), submitted["stage"]!.GetValue<string>()));

        factory.Clock.SetUtcNow(c.DeadlineUtc);
        await ApiClient.AssertProblem(await c.Submit(), HttpStatusCode.Conflict, "deadline_passed");
        Assert.Equal(2, (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions"))!.Count);
    }

    [Fact]
    public async Task A_consortium_not_invited_can_neither_complete_nor_submit_the_full_dossier()
    {
        var c = await TwoStage();
        await Estimate(c);
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        factory.Clock.SetUtcNow(PreDeadlineUtc(c).AddDays(1));
        var manager = await new ApiClient(factory).Manager();
        var decided = await ApiClient.ReadObject(await manager.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/shortlist",
            new { invited = false, feedback = "Le marché visé est hors de la feuille de route du pôle." }));
        Assert.Equal("NotInvited", decided["status"]!.GetValue<string>());

        var dossier = (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}"))!;
        Assert.Equal("Le marché visé est hors de la feuille de route du pôle.", dossier["shortlistFeedback"]!.GetValue<string>());
        Assert.False(dossier["canSubmit"]!.GetValue<bool>());
        Assert.Contains("not_invited", await IssueCodes(c));

        var refused = await c.Submit();
        await ApiClient.AssertProblem(refused, HttpStatusCode.Conflict, "not_invited");
        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget", new { personnel = 1m }),
            HttpStatusCode.Conflict, "not_invited");
        await ApiClient.AssertProblem(await c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/estimate", new { total = 1m }),
            HttpStatusCode.Conflict, "not_invited");

        var french = new HttpRequestMessage(HttpMethod.Post, $"/api/proposals/{c.ProposalId}/submit");
        french.Headers.AcceptLanguage.ParseAdd("fr");
        Assert.Contains("n'a pas été retenue", (await ApiClient.ReadObject(await c.Lead.SendAsync(french)))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Single((await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/versions"))!);
    }

    [Fact]
    public async Task The_receipt_of_a_pre_proposal_says_so_and_shows_the_estimates_while_the_full_dossiers_receipt_is_the_usual_one()
    {
        var c = await TwoStage();
        await Estimate(c);
        var pre = await ApiClient.ReadObject(await c.Submit());
        factory.Clock.SetUtcNow(PreDeadlineUtc(c));
        var manager = await new ApiClient(factory).Manager();
        await Consortium.Expect(manager.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/shortlist", new { invited = true }), HttpStatusCode.OK);
        await FillBudgets(c);
        var full = await ApiClient.ReadObject(await c.Submit());

        var preReceipt = await ReceiptText(c, 1);
        Assert.Contains(pre["receipt"]!["number"]!.GetValue<string>(), preReceipt, StringComparison.Ordinal);
        Assert.Contains("Pré-proposition : ce dépôt est la première étape", preReceipt, StringComparison.Ordinal);
        Assert.Contains("Version 1 — pré-proposition", preReceipt, StringComparison.Ordinal);
        Assert.Contains("Total estimé", preReceipt, StringComparison.Ordinal);
        Assert.Contains("2 000 000,00 €", preReceipt, StringComparison.Ordinal);

        var fullReceipt = await ReceiptText(c, 2);
        Assert.Contains(full["receipt"]!["number"]!.GetValue<string>(), fullReceipt, StringComparison.Ordinal);
        Assert.DoesNotContain("pré-proposition", fullReceipt, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Budget total", fullReceipt, StringComparison.Ordinal);
    }

    private static async Task<string> ReceiptText(Consortium c, int version)
    {
        for (var i = 0; i < 150; i++)
        {
            var documents = (await c.Lead.GetFromJsonAsync<JsonArray>($"/api/proposals/{c.ProposalId}/documents"))!;
            var receipt = documents.FirstOrDefault(d => d!["kind"]!.GetValue<string>() == "Receipt" && d["version"]!.GetValue<int>() == version
                && d["status"]!.GetValue<string>() == "Ready");
            if (receipt is not null)
            {
                using var pdf = UglyToad.PdfPig.PdfDocument.Open(await c.Lead.GetByteArrayAsync($"/api/documents/{receipt["id"]}"));
                return string.Join(" ", pdf.GetPages().Select(p => p.Text)).Replace('\u00A0', ' ').Replace('\u202F', ' ');
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"receipt of version {version} not ready");
    }

    private async Task<Consortium> TwoStage(DateTime? preProposalDeadline = null, DateTime? deadline = null)
    {
        var c = await Consortium.Create(factory, deadlineLocal: deadline ?? FullDeadline, preProposalDeadlineLocal: preProposalDeadline ?? PreProposalDeadline);
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LabOrganisationId }), HttpStatusCode.Created);
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LargeOrganisationId }), HttpStatusCode.Created);
        return c;
    }

    internal static async Task Estimate(Consortium c)
    {
        foreach (var (organisationId, total) in new[] { (c.LeadOrganisationId, 700_000m), (c.LabOrganisationId, 500_000m), (c.LargeOrganisationId, 800_000m) })
        {
            await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{organisationId}/estimate", new { total }), HttpStatusCode.OK);
        }
    }

    internal static async Task FillBudgets(Consortium c)
    {
        await Consortium.Expect(c.Lead.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LeadOrganisationId}/budget",
            new { personnel = 500_000m, overheads = 100_000m, subcontracting = 50_000m, equipment = 50_000m, otherCosts = 0m }), HttpStatusCode.OK);
        await Consortium.Expect(c.Lab.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LabOrganisationId}/budget",
            new { personnel = 400_000m, overheads = 80_000m, subcontracting = 0m, equipment = 20_000m, otherCosts = 0m }), HttpStatusCode.OK);
        await Consortium.Expect(c.Large.PutAsJsonAsync($"/api/proposals/{c.ProposalId}/partners/{c.LargeOrganisationId}/budget",
            new { personnel = 600_000m, overheads = 150_000m, subcontracting = 25_000m, equipment = 25_000m, otherCosts = 0m }), HttpStatusCode.OK);
    }

    internal static DateTimeOffset PreDeadlineUtc(Consortium c) => c.Call["preProposal"]!["deadline"]!["utc"]!.GetValue<DateTimeOffset>();

    private static async Task<List<string>> IssueCodes(Consortium c) =>
        (await c.Lead.GetFromJsonAsync<JsonObject>($"/api/proposals/{c.ProposalId}/eligibility"))!["issues"]!.AsArray().Select(i => i!["code"]!.GetValue<string>()).ToList();

    private static JsonObject Set(JsonObject definition, JsonObject preProposal)
    {
        definition["preProposal"] = preProposal;
        return definition;
    }
}
