using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using FundingPortal.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Integrations;

/// <summary>Signed webhooks through the outbox to a real receiver (api.md "API for integrators").</summary>
[Collection(Collections.Webhooks)]
public sealed class WebhookDeliveryTests(WebhookApiFactory factory) : PortalTest(factory)
{
    private const string Secret = "un-secret-partagé-de-32-caractères!";

    [Fact]
    public async Task A_receiver_gets_submitted_labelled_and_funding_decided_events_signed_and_verifies_them()
    {
        await using var receiver = await WebhookReceiver.Start(Secret, factory.Clock.GetUtcNow);
        var s = await ReviewScenario.Create(factory);
        var webhook = await Subscribe(s.Manager, receiver.Url, ["proposal.submitted", "proposal.labelled", "funding.decided"]);

        var dossier = await s.SubmitDossier("SIGNAL", ["IA"]);
        var first = await s.NewExpert("Dr Alpha", ["IA"]);
        var second = await s.NewExpert("Dr Bêta", ["IA"]);
        s.Close();
        await s.AutoAssign();
        await ReviewScenario.SubmitReview(first, await ReviewScenario.AssignmentOf(first, dossier), ReviewScenario.Review(4));
        await ReviewScenario.SubmitReview(second, await ReviewScenario.AssignmentOf(second, dossier), ReviewScenario.Review(4));
        Assert.Equal(HttpStatusCode.OK, (await s.Decide(dossier, "Labelled")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await s.Manager.PostAsync($"/api/proposals/{dossier.ProposalId}/funding-requests", null)).StatusCode);
        await DecideAllRequested(s.Manager, dossier.ProposalId);

        // Every event has become its delivery (consumers done, outbox drained) before the deliveries are awaited, so
        // none is still being written or attempted when they are compared with what the receiver got.
        await FundingPortal.TestSupport.Messaging.BackgroundWork.WaitUntilIdleAsync(factory.ConnectionString, factory.Clock, factory.Messages, TimeSpan.FromSeconds(30));
        var deliveries = await WaitForDeliveries(s.Manager, webhook, d => d.Count >= 3 && d.All(x => x["status"]!.GetValue<string>() == "Delivered"));
        var received = receiver.Received;
        Assert.All(received, r => Assert.True(r.SignatureValid, $"{r.Type} {r.Id}: signature refused"));
        Assert.Equal(["funding.decided", "proposal.labelled", "proposal.submitted"], received.Select(r => r.Type).Distinct().Order());

        var submitted = received.Single(r => r.Type == "proposal.submitted").Body;
        Assert.Equal(dossier.ProposalId, submitted["data"]!["proposalId"]!.GetValue<Guid>());
        Assert.Equal(dossier.Reference, submitted["data"]!["reference"]!.GetValue<string>());
        Assert.NotNull(submitted["occurredAt"]);
        var labelled = received.Single(r => r.Type == "proposal.labelled").Body;
        Assert.StartsWith("LAB-", labelled["data"]!["certificateNumber"]!.GetValue<string>(), StringComparison.Ordinal);
        var funding = received.First(r => r.Type == "funding.decided").Body["data"]!;
        Assert.Equal("Granted", funding["decision"]!.GetValue<string>());
        Assert.True(funding["grantedAid"]!.GetValue<decimal>() > 0);

        Assert.All(deliveries, d => Assert.Equal(200, d["attempts"]![0]!["statusCode"]!.GetValue<int>()));
        Assert.Equal(received.Select(r => r.Id).Order(), deliveries.Select(d => d["eventId"]!.GetValue<Guid>()).Order());
    }

    [Fact]
    public async Task A_receiver_down_for_ten_minutes_gets_every_event_once_it_is_back_with_the_same_ids_processed_once()
    {
        await using var receiver = await WebhookReceiver.Start(Secret, factory.Clock.GetUtcNow);
        receiver.Down = true;
        var s = await ReviewScenario.Create(factory);
        var webhook = await Subscribe(s.Manager, receiver.Url, ["proposal.submitted"]);
        var lead = await s.NewApplicant("Sme", "FR-BRE");
        var lab = await s.NewApplicant("Research", "FR-BRE");
        var large = await s.NewApplicant("Large", "FR-NOR");
        foreach (var acronym in new[] { "ALPHA", "BRAVO", "CHARLIE" })
        {
            await s.SubmitDossier(acronym, ["IA"], lead, lab, large);
        }

        var first = await WaitForDeliveries(s.Manager, webhook, d => d.Count == 3 && d.All(x => x["attempts"]!.AsArray().Count == 1));
        var failedIds = receiver.Received.Select(r => r.Id).ToHashSet();
        // Each first attempt reached the receiver and was answered 503; the deliveries' own record says otherwise when not.
        Assert.True(failedIds.Count == 3, $"the receiver saw {failedIds.Count} of 3 events; deliveries: " + string.Join(" | ", first.Select(d => d.ToJsonString())));

        // Down for ten minutes: the sweep runs every minute and retries each delivery when its back-off (1, 2, 4 min…) is over.
        for (var minute = 1; minute <= 10; minute++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
            await RunRetrySweep();
        }

        var whileDown = await Deliveries(s.Manager, webhook);
        Assert.All(whileDown, d => Assert.Equal("Pending", d["status"]!.GetValue<string>()));
        Assert.All(whileDown, d => Assert.Equal(4, d["attempts"]!.AsArray().Count));
        Assert.All(whileDown, d => Assert.All(d["attempts"]!.AsArray(), a => Assert.Equal(503, a!["statusCode"]!.GetValue<int>())));

        receiver.Down = false;
        factory.Clock.Advance(TimeSpan.FromMinutes(8));
        await RunRetrySweep();
        await RunRetrySweep();

        var after = await Deliveries(s.Manager, webhook);
        Assert.All(after, d => Assert.Equal("Delivered", d["status"]!.GetValue<string>()));
        Assert.Equal(failedIds.Order(), receiver.Processed.Keys.Order());
        Assert.All(receiver.Processed, p => Assert.Equal(1, p.Value));
        Assert.All(receiver.Received, r => Assert.True(r.SignatureValid));
    }

    [Fact]
    public async Task A_slow_receiver_slows_neither_the_submission_nor_the_worker_beyond_the_timeout()
    {
        await using var receiver = await WebhookReceiver.Start(Secret, factory.Clock.GetUtcNow);
        receiver.Delay = TimeSpan.FromSeconds(30);
        var s = await ReviewScenario.Create(factory);
        var webhook = await Subscribe(s.Manager, receiver.Url, ["proposal.submitted"]);

        var watch = Stopwatch.StartNew();
        await s.SubmitDossier("LENT", ["IA"]);
        var submitting = watch.Elapsed;

        var deliveries = await WaitForDeliveries(s.Manager, webhook, d => d.Count == 1 && d[0]["attempts"]!.AsArray().Count == 1);
        var attempt = deliveries[0]["attempts"]![0]!;
        Assert.Null(attempt["statusCode"]);
        Assert.Contains("2 s", attempt["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.InRange(attempt["durationMs"]!.GetValue<int>(), 1_900, 10_000);
        Assert.Equal("Pending", deliveries[0]["status"]!.GetValue<string>());
        Assert.True(submitting < TimeSpan.FromSeconds(15), $"creating and submitting took {submitting}");
    }

    internal static async Task<Guid> Subscribe(HttpClient manager, Uri url, string[] events)
    {
        var response = await manager.PostAsJsonAsync("/api/webhooks", new { url, events, secret = Secret });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.ReadObject(response))["id"]!.GetValue<Guid>();
    }

    private static async Task DecideAllRequested(HttpClient manager, Guid proposalId)
    {
        var plan = (await manager.GetFromJsonAsync<JsonObject>($"/api/proposals/{proposalId}/funding-plan"))!;
        foreach (var funder in plan["totals"]!.AsArray().Where(t => t!["requestedAid"]!.GetValue<decimal>() > 0).Select(t => t!["funderId"]!.GetValue<Guid>()))
        {
            var lines = plan["partners"]!.AsArray()
                .SelectMany(p => p!["requests"]!.AsArray().Where(r => r!["funderId"]!.GetValue<Guid>() == funder && r["requestedAid"]!.GetValue<decimal>() > 0)
                    .Select(r => new { organisationId = p["organisationId"]!.GetValue<Guid>(), grantedAmount = r!["requestedAid"]!.GetValue<decimal>(), instrument = "Grant" }))
                .ToArray();
            var decided = await manager.PostAsJsonAsync($"/api/proposals/{proposalId}/funding-decisions",
                new { funderId = funder, decision = "Granted", lines, comment = "Accordé." });
            Assert.True(decided.StatusCode == HttpStatusCode.Created, await decided.Content.ReadAsStringAsync());
        }
    }

    private async Task RunRetrySweep()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeliverDueWebhooksJob>().RunAsync(CancellationToken.None);
    }

    private static async Task<List<JsonObject>> Deliveries(HttpClient manager, Guid webhook) =>
        (await manager.GetFromJsonAsync<JsonArray>($"/api/webhooks/{webhook}/deliveries"))!.Select(d => d!.AsObject()).ToList();

    private static async Task<List<JsonObject>> WaitForDeliveries(HttpClient manager, Guid webhook, Func<List<JsonObject>, bool> done)
    {
        var deliveries = new List<JsonObject>();
        for (var i = 0; i < 300 && !done(deliveries); i++)
        {
            await Task.Delay(100);
            deliveries = await Deliveries(manager, webhook);
        }

        Assert.True(done(deliveries), "deliveries: " + string.Join(" | ", deliveries.Select(d => d.ToJsonString())));
        return deliveries;
    }
}
