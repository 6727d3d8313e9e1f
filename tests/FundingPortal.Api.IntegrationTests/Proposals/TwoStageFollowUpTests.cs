using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Reminders.SendDraftReminders;
using FundingPortal.Application.Reminders.SendPreProposalReminders;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Proposals;

/// <summary>
/// What follows a two-stage call's dossiers around its two deadlines: reminders before each (to the consortia that still
/// have something to submit), the pre-proposal's own wording when it is received, and its stage in lists, the dashboard and exports.
/// </summary>
[Collection(Collections.Proposals)]
public sealed class TwoStageFollowUpTests(ApiFactory factory) : PortalTest(factory)
{
    [Fact]
    public async Task Drafts_are_reminded_before_the_pre_proposal_deadline_and_only_invited_consortia_before_the_full_one()
    {
        var (invited, preDeadline) = await TwoStage();
        var (silent, _) = await TwoStage();
        var leadEmail = (await invited.Lead.GetFromJsonAsync<JsonObject>("/api/me"))!["email"]!.GetValue<string>();

        factory.Clock.SetUtcNow(preDeadline.AddDays(-7).AddMinutes(1));
        var first = await Run<SendPreProposalReminders>(s => s.Handle(CancellationToken.None));
        Assert.Equal(6, first); // two consortia, three organisations of one member each
        Assert.Equal(0, await Run<SendPreProposalReminders>(s => s.Handle(CancellationToken.None)));
        Assert.Equal(0, await Run<SendDraftReminders>(s => s.Handle(CancellationToken.None)));
        var reminder = (await invited.Lead.GetItemsAsync("/api/notifications"))!.Single(n => n!["title"]!.GetValue<string>().StartsWith("Rappel : pré-proposition", StringComparison.Ordinal))!;
        Assert.Contains("date limite des pré-propositions", reminder["body"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("soit dans 7 jours", reminder["body"]!.GetValue<string>(), StringComparison.Ordinal);
        await new ApiClient(factory).Mailbox.WaitFor(leadEmail, "Rappel : pré-proposition");

        // The pre-proposal is received as such, and listed as one.
        await TwoStageCallTests.Estimate(invited);
        await Consortium.Expect(invited.Submit(), HttpStatusCode.OK);
        var received = await new ApiClient(factory).Mailbox.WaitFor(leadEmail, "Pré-proposition reçue");
        Assert.Contains("La pré-proposition", received.Text, StringComparison.Ordinal);
        Assert.Equal("PreProposal", await StageInList(invited));

        // The day before the pre-proposal deadline, only the consortium still in draft is reminded.
        factory.Clock.SetUtcNow(preDeadline.AddHours(-23));
        Assert.Equal(3, await Run<SendPreProposalReminders>(s => s.Handle(CancellationToken.None)));

        factory.Clock.SetUtcNow(preDeadline.AddHours(1));
        var manager = await new ApiClient(factory).Manager();
        await Consortium.Expect(manager.PostAsJsonAsync($"/api/proposals/{invited.ProposalId}/shortlist", new { invited = true }), HttpStatusCode.OK);
        Assert.Equal("Full", await StageInList(invited));

        // A day before the full deadline: the invited consortium is reminded; the draft that missed its stage is not.
        factory.Clock.SetUtcNow(invited.DeadlineUtc.AddHours(-23));
        Assert.Equal(3, await Run<SendDraftReminders>(s => s.Handle(CancellationToken.None)));
        var full = (await invited.Lead.GetItemsAsync("/api/notifications"))!.Select(n => n!["title"]!.GetValue<string>()).ToList();
        Assert.Contains(full, t => t.StartsWith("Rappel : dossier", StringComparison.Ordinal));
        Assert.DoesNotContain((await silent.Lead.GetItemsAsync("/api/notifications"))!, n => n!["title"]!.GetValue<string>().StartsWith("Rappel : dossier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dashboard_counts_each_stage_and_the_export_gives_each_dossiers_stage()
    {
        var (c, preDeadline) = await TwoStage();
        await TwoStageCallTests.Estimate(c);
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);
        var other = await c.Lead.PostAsJsonAsync($"/api/calls/{c.CallId}/proposals", Consortium.ValidFields);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        var manager = await new ApiClient(factory).Manager();

        var before = await Stages(manager, c.CallId);
        Assert.Equal((1, 1, 1, 0, 0, 0), before);
        var csv = await manager.GetStringAsync($"/api/calls/{c.CallId}/export?format=csv");
        var header = csv.Split('\n')[0];
        Assert.EndsWith("Code étape", header.TrimEnd('\r'), StringComparison.Ordinal);
        Assert.All(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.EndsWith("PreProposal", row.TrimEnd('\r'), StringComparison.Ordinal));

        factory.Clock.SetUtcNow(preDeadline.AddHours(1));
        await Consortium.Expect(manager.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/shortlist", new { invited = true }), HttpStatusCode.OK);
        await TwoStageCallTests.FillBudgets(c);
        await Consortium.Expect(c.Submit(), HttpStatusCode.OK);

        Assert.Equal((1, 1, 0, 1, 0, 1), await Stages(manager, c.CallId));
        var after = await manager.GetStringAsync($"/api/calls/{c.CallId}/export?format=csv");
        Assert.Contains(after.Split('\n'), row => row.TrimEnd('\r').EndsWith("Full", StringComparison.Ordinal));
        var oneStage = await Consortium.Create(factory);
        var dashboard = await manager.GetFromJsonAsync<JsonObject>("/api/dashboard");
        Assert.Null(dashboard!["calls"]!.AsArray().Single(x => x!["callId"]!.GetValue<Guid>() == oneStage.CallId)!["stages"]);
    }

    private static async Task<(int Drafts, int Submitted, int Awaiting, int Invited, int NotInvited, int Full)> Stages(HttpClient manager, Guid callId)
    {
        var dashboard = await manager.GetFromJsonAsync<JsonObject>("/api/dashboard");
        var s = dashboard!["calls"]!.AsArray().Single(x => x!["callId"]!.GetValue<Guid>() == callId)!["stages"]!;
        return (s["preProposalDrafts"]!.GetValue<int>(), s["preProposalsSubmitted"]!.GetValue<int>(), s["awaitingShortlist"]!.GetValue<int>(),
            s["invited"]!.GetValue<int>(), s["notInvited"]!.GetValue<int>(), s["fullProposalsSubmitted"]!.GetValue<int>());
    }

    private static async Task<string> StageInList(Consortium c)
    {
        var items = await c.Lead.GetItemsAsync($"/api/proposals?callId={c.CallId}");
        return items!.Single(i => i!["id"]!.GetValue<Guid>() == c.ProposalId)!["stage"]!.GetValue<string>();
    }

    private async Task<int> Run<T>(Func<T, Task<int>> job)
        where T : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await job(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>A two-stage call whose pre-proposal deadline is 20 days ahead at noon and full deadline 50 days ahead, with a three-partner draft.</summary>
    private async Task<(Consortium Consortium, DateTimeOffset PreDeadlineUtc)> TwoStage()
    {
        var paris = Domain.Common.ParisTime.ToLocal(factory.Clock.GetUtcNow()).Date;
        var c = await Consortium.Create(factory, deadlineLocal: paris.AddDays(50).AddHours(18), preProposalDeadlineLocal: paris.AddDays(20).AddHours(12));
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LabOrganisationId }), HttpStatusCode.Created);
        await Consortium.Expect(c.Lead.PostAsJsonAsync($"/api/proposals/{c.ProposalId}/partners", new { organisationId = c.LargeOrganisationId }), HttpStatusCode.Created);
        return (c, TwoStageCallTests.PreDeadlineUtc(c));
    }
}
