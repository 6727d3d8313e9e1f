using FundingPortal.Application.Reminders;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Reminders;

public sealed class DraftReminderTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Each_slot_reaches_each_member_once_even_when_the_job_runs_twice_or_concurrently()
    {
        var call = await Seed.OpenCall(_host, TimeSpan.FromDays(10));
        var lead = Guid.NewGuid();
        var partner = Guid.NewGuid();
        var members = (await Seed.Members(_host, lead, 2)).Concat(await Seed.Members(_host, partner, 1)).ToList();
        var draft = await Seed.Draft(_host, call, lead, partner);
        var deadline = call.Timeline.SubmissionDeadline.Utc;

        Assert.Equal(0, await RunJob()); // J-10: nothing due yet

        _host.Clock.SetUtcNow(deadline - TimeSpan.FromDays(7));
        Assert.Equal(members.Count, await RunJob());
        Assert.Equal(0, await RunJob());

        _host.Clock.SetUtcNow(deadline - TimeSpan.FromHours(23));
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(RunJob)));
        Assert.Equal(members.Count, concurrent.Sum());

        _host.Clock.SetUtcNow(deadline - TimeSpan.FromMinutes(90));
        Assert.Equal(members.Count, await RunJob());
        Assert.Equal(0, await RunJob());

        _host.Clock.SetUtcNow(deadline + TimeSpan.FromMinutes(1));
        Assert.Equal(0, await RunJob());

        var slots = await _host.Query(db => db.SentReminders.Where(r => r.TargetId == draft.Id).Select(r => r.Slot).Distinct().OrderBy(s => s).ToListAsync());
        Assert.Equal(["before-10080min", "before-120min", "before-1440min"], slots);
        var notifications = await _host.Query(db => db.Notifications.AsNoTracking().Where(n => n.DedupKey.StartsWith("reminder:draft-deadline:")).ToListAsync());
        Assert.Equal(3 * members.Count, notifications.Count);
        Assert.All(notifications, n => Assert.Equal("Rappel : dossier ACRO à déposer", n.Title));
        Assert.Contains(notifications, n => n.Body.Contains("soit dans 7 jours", StringComparison.Ordinal));
        Assert.Contains(notifications, n => n.Body.Contains("soit dans 2 heures", StringComparison.Ordinal));
        Assert.Equal(3 * members.Count, await _host.Query(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(NotificationCreated).FullName)));
    }

    [Fact]
    public async Task A_call_published_late_gets_the_current_reminder_only_not_the_missed_ones()
    {
        var call = await Seed.OpenCall(_host, TimeSpan.FromDays(3));
        var lead = Guid.NewGuid();
        var members = await Seed.Members(_host, lead, 1);
        await Seed.Draft(_host, call, lead);

        Assert.Equal(1, await RunJob());
        Assert.Equal(["before-10080min"], await _host.Query(db => db.SentReminders.Select(r => r.Slot).ToListAsync()));
        Assert.Single(members);
    }

    [Fact]
    public async Task Submitted_or_withdrawn_dossiers_and_unpublished_calls_get_no_reminder()
    {
        var call = await Seed.OpenCall(_host, TimeSpan.FromDays(1));
        var lead = Guid.NewGuid();
        await Seed.Members(_host, lead, 2);
        var draft = await Seed.Draft(_host, call, lead);
        await _host.Query(async db =>
        {
            var proposal = await db.Proposals.SingleAsync(p => p.Id == draft.Id);
            Assert.True(proposal.Withdraw(_host.Clock.GetUtcNow()).IsSuccess);
            return await db.SaveChangesAsync();
        });

        Assert.Equal(0, await RunJob());
    }

    private Task<int> RunJob() => _host.InScope(sp => ActivatorUtilities.CreateInstance<DraftRemindersJob>(sp).RunAsync(CancellationToken.None));
}
