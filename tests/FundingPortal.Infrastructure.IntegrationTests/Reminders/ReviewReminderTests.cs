using FundingPortal.Application.Reminders;
using FundingPortal.Application.Reminders.SendReviewReminders;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Reminders;

/// <summary>The expert reminder mechanism, fed through the hook that issue 6 will implement over assignments.</summary>
public sealed class ReviewReminderTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Experts_are_reminded_before_the_deadline_then_once_a_day_while_overdue()
    {
        var expert = (await Seed.Members(_host, Guid.NewGuid(), 1))[0];
        var deadline = _host.Clock.GetUtcNow() + TimeSpan.FromDays(10);
        var review = new PendingReview(Guid.NewGuid(), expert, Guid.NewGuid(), "Appel test", Guid.NewGuid(), "FP-1", "ACRO",
            LocalInstant.Restore(deadline.UtcDateTime.AddHours(2), LocalInstant.DefaultTimeZone, deadline));

        async Task<int> Run() => await _host.InScope(sp => ActivatorUtilities.CreateInstance<ReviewRemindersJob>(sp,
            ActivatorUtilities.CreateInstance<SendReviewReminders>(sp, new OnePendingReview(review))).RunAsync(CancellationToken.None));

        Assert.Equal(0, await Run());
        _host.Clock.SetUtcNow(deadline - TimeSpan.FromDays(6));
        Assert.Equal(1, await Run());
        Assert.Equal(0, await Run());
        _host.Clock.SetUtcNow(deadline + TimeSpan.FromHours(1));
        Assert.Equal(1, await Run());
        Assert.Equal(0, await Run());
        _host.Clock.SetUtcNow(deadline + TimeSpan.FromHours(25));
        Assert.Equal(1, await Run());
        Assert.Equal(0, await Run());

        var titles = await _host.Query(db => db.Notifications.Where(n => n.UserId == expert).OrderBy(n => n.CreatedAt).Select(n => n.Title).ToListAsync());
        Assert.Equal(["Rappel : évaluation du dossier ACRO", "Évaluation en retard : dossier ACRO", "Évaluation en retard : dossier ACRO"], titles);
    }

    [Fact]
    public async Task An_expert_who_chose_English_is_reminded_in_English()
    {
        var expert = (await Seed.Members(_host, Guid.NewGuid(), 1))[0];
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<FundingPortal.Infrastructure.Persistence.AppDbContext>();
            var settings = FundingPortal.Domain.Accounts.AccountSettings.Default(expert, _host.Clock.GetUtcNow());
            Assert.True(settings.Change("en", "Immediate", _host.Clock.GetUtcNow()).IsSuccess);
            db.AccountSettings.Add(settings);
            await db.SaveChangesAsync();
        });
        var deadline = _host.Clock.GetUtcNow() + TimeSpan.FromDays(10);
        var review = new PendingReview(Guid.NewGuid(), expert, Guid.NewGuid(), "Call for ports", Guid.NewGuid(), "FP-2", "HOULE",
            LocalInstant.Restore(deadline.UtcDateTime.AddHours(2), LocalInstant.DefaultTimeZone, deadline));
        _host.Clock.SetUtcNow(deadline - TimeSpan.FromDays(6));

        Assert.Equal(1, await _host.InScope(sp => ActivatorUtilities.CreateInstance<ReviewRemindersJob>(sp,
            ActivatorUtilities.CreateInstance<SendReviewReminders>(sp, new OnePendingReview(review))).RunAsync(CancellationToken.None)));

        var notification = await _host.Query(db => db.Notifications.SingleAsync(n => n.UserId == expert));
        Assert.Equal("Reminder: review of the proposal HOULE", notification.Title);
        Assert.Equal("en", notification.Language);
        Assert.Contains("is due before", notification.Body, StringComparison.Ordinal);
        Assert.Contains(", in 6 days", notification.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("dossier", notification.Body, StringComparison.Ordinal);
    }

    private sealed class OnePendingReview(PendingReview review) : IPendingReviews
    {
        public Task<IReadOnlyList<PendingReview>> ListAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<PendingReview>>([review]);

        public Task<IReadOnlyList<Guid>> CallsReviewedByAsync(Guid expertUserId, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Guid>>([review.CallId]);
    }
}
