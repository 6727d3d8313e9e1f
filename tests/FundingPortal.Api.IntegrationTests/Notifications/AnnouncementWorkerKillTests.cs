using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Api.IntegrationTests.Reviews;
using Xunit.Abstractions;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>
/// An announcement to 1,000 applicants sent by the real worker executable, killed with SIGKILL in the middle of an SMTP
/// transaction: a new worker's recurring job takes up the rest; the SMTP server sees 1,000 addresses, each with one
/// Message-ID, and at most one raw resend (the e-mail in flight at the kill).
/// </summary>
[Collection(Collections.WorkerProcess)]
public sealed class AnnouncementWorkerKillTests(WorkerProcessApiFactory factory, ITestOutputHelper output) : PortalTest(factory)
{
    [Fact]
    public async Task An_announcement_to_1000_applicants_completes_with_sent_1000_and_no_duplicate_after_the_worker_is_killed_mid_way()
    {
        factory.Mail.Clear();
        factory.StartWorker();
        var s = await ReviewScenario.Create(factory);
        var dossier = await s.SubmitDossier("MACAREUX", ["5G"]);
        await AnnouncementTests.AddMembers(factory, dossier.Lead.OrganisationId, 997);
        const string subject = "Rappel : audition des dossiers MACAREUX";

        var accepted = await s.Manager.PostAsJsonAsync($"/api/calls/{s.CallId}/announcements",
            new { subject, body = "Bonjour,\n\nLes auditions ont lieu le 4 novembre.\n\nLe pôle", audience = "Submitted" });
        Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var announcement = await ApiClient.ReadObject(accepted);
        Assert.Equal(1000, announcement["recipients"]!.GetValue<int>());
        var progress = $"/api/announcements/{announcement["id"]}";
        async Task<JsonObject> Progress() => (await s.Manager.GetFromJsonAsync<JsonObject>(progress))!;
        var watch = Stopwatch.StartNew();

        await AnnouncementTests.Until(() => factory.Mail.Received.Count(m => m.Subject == subject) >= 150, TimeSpan.FromSeconds(120));
        var inTransaction = factory.Mail.HoldNext();
        await inTransaction.WaitAsync(TimeSpan.FromSeconds(10));
        factory.KillWorkers();
        factory.Mail.ReleaseHeld();

        var whenKilled = await Progress();
        var sentWhenKilled = whenKilled["sent"]!.GetValue<int>();
        Assert.InRange(sentWhenKilled, 150, 999);
        await Task.Delay(500);
        // One delivery sends at a time, so at most one e-mail can have been accepted by the server and not yet recorded
        // when the worker died (SMTP cannot say afterwards whether it took it): the new worker would send that one again.
        var unrecorded = factory.Mail.Received.Count(m => m.Subject == subject) - sentWhenKilled;
        Assert.InRange(unrecorded, 0, 1);

        // A new worker: its recurring job (every minute) finds the announcement unfinished and a delivery takes up the rest.
        var killedAt = watch.Elapsed;
        factory.StartWorker();
        await AnnouncementTests.Until(async () => (await Progress())["sent"]!.GetValue<int>() > sentWhenKilled, TimeSpan.FromSeconds(120));
        var resumedAt = watch.Elapsed;
        // One delivery sends at a time: on a machine loaded by parallel suites (load average 60 on 2 cores) the rest takes minutes.
        await AnnouncementTests.Until(async () => (await Progress())["sent"]!.GetValue<int>() == 1000, TimeSpan.FromSeconds(600));
        output.WriteLine($"killed after {killedAt.TotalSeconds:F1} s with {sentWhenKilled} sent; resumed {(resumedAt - killedAt).TotalSeconds:F1} s later; "
            + $"1,000 sent {watch.Elapsed.TotalSeconds:F1} s after the announcement");
        var done = await Progress();
        Assert.Equal(0, done["failed"]!.GetValue<int>());
        Assert.Equal(0, done["pending"]!.GetValue<int>());
        await Task.Delay(500);
        var mails = factory.Mail.Received.Where(m => m.Subject == subject).ToList();
        output.WriteLine($"{unrecorded} e-mail(s) accepted by the server but not recorded when the worker died, so sent twice; "
            + $"{mails.Count} e-mails received in all");
        Assert.InRange(mails.Count - 1000, 0, 1);
        Assert.Equal(unrecorded, mails.Count - 1000);

        // Each person has exactly one Message-ID, the same for any resend (mail stores collapse it), and nobody shares one.
        var byRecipient = mails.GroupBy(m => m.To.Single(), StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(1000, byRecipient.Count);
        Assert.All(byRecipient, r => Assert.Single(r.Select(m => m.Message.MessageId).Distinct(StringComparer.Ordinal)));
        Assert.Equal(1000, mails.Select(m => m.Message.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(mails, m => Assert.StartsWith($"announcement.{announcement["id"]!.GetValue<Guid>():N}.", m.Message.MessageId, StringComparison.Ordinal));
        Assert.Contains("Les auditions ont lieu le 4 novembre.", mails[^1].Text, StringComparison.Ordinal);
    }

    public override Task DisposeAsync()
    {
        factory.KillWorkers();
        factory.Mail.ReleaseHeld();
        return Task.CompletedTask;
    }
}
