using FundingPortal.Application.Notifications.NotifySubmissionReceived;
using FundingPortal.Contracts;
using FundingPortal.Domain.Accounts;
using FundingPortal.Infrastructure.Persistence;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Worker.Consumers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Notifications;

public sealed class SubmissionNotificationTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync(WorkerConsumers.Register);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_redelivered_submission_creates_one_notification_per_consortium_member()
    {
        var (submitted, members) = await Consortium();
        var messageId = Guid.NewGuid();

        await Publish(submitted, messageId);
        await Publish(submitted, messageId);
        await WaitUntilConsumed(2);

        var notifications = await NotificationsOf(submitted);
        Assert.Equal(members.Order(), notifications.Select(n => n.UserId).Order());
        Assert.All(notifications, n => Assert.StartsWith("Dossier reçu", n.Title, StringComparison.Ordinal));
        Assert.Equal(1, await _host.Query(db => db.ProcessedMessages.CountAsync(p => p.MessageId == messageId && p.Consumer == nameof(SubmissionReceivedNotificationConsumer))));
        Assert.Equal(members.Count, await _host.Query(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(NotificationCreated).FullName)));
    }

    [Fact]
    public async Task The_same_version_announced_under_another_message_id_creates_no_second_notification()
    {
        var (submitted, members) = await Consortium();

        await Publish(submitted, Guid.NewGuid());
        await Publish(submitted, Guid.NewGuid());
        await WaitUntilConsumed(2);

        Assert.Equal(members.Count, (await NotificationsOf(submitted)).Count);
    }

    [Fact]
    public async Task Two_concurrent_deliveries_of_one_message_create_one_notification_per_member()
    {
        var (submitted, members) = await Consortium();
        var messageId = Guid.NewGuid();

        async Task Deliver() => await _host.InScope(sp => sp.GetRequiredService<ProcessedMessageGuard>().RunOnceAsync(
            nameof(SubmissionReceivedNotificationConsumer), messageId, null,
            ct => sp.GetRequiredService<NotifySubmissionReceived>().Handle(submitted, ct), CancellationToken.None));

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Deliver)));

        Assert.Equal(members.Count, (await NotificationsOf(submitted)).Count);
    }

    [Fact]
    public async Task Each_new_version_is_announced_again()
    {
        var (submitted, members) = await Consortium();

        await Publish(submitted, Guid.NewGuid());
        await Publish(submitted with { Version = 2, ReceiptNumber = $"AR-{submitted.Reference}-V2" }, Guid.NewGuid());
        await WaitUntilConsumed(2);

        Assert.Equal(2 * members.Count, (await NotificationsOf(submitted)).Count);
    }

    [Fact]
    public async Task Each_member_reads_it_in_their_language_and_a_member_who_joined_since_gets_only_their_own_on_a_new_announcement()
    {
        var (submitted, members) = await Consortium();
        var english = members[1];
        await _host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var settings = AccountSettings.Default(english, _host.Clock.GetUtcNow());
            Assert.True(settings.Change("en", nameof(EmailFrequency.Immediate), _host.Clock.GetUtcNow()).IsSuccess);
            db.AccountSettings.Add(settings);
            await db.SaveChangesAsync();
        });

        await Publish(submitted, Guid.NewGuid());
        await WaitUntilConsumed(1);
        var first = await NotificationsOf(submitted);
        Assert.Equal(members.Order(), first.Select(n => n.UserId).Order());
        Assert.StartsWith("Dossier received: HYDROBREIZH", first.Single(n => n.UserId == english).Title, StringComparison.Ordinal);
        Assert.All(first.Where(n => n.UserId != english), n => Assert.StartsWith("Dossier reçu : HYDROBREIZH", n.Title, StringComparison.Ordinal));

        // The same version announced again after someone joined the lead: only the newcomer is notified, and e-mailed.
        var newcomer = (await Seed.Members(_host, submitted.LeadOrganisationId, 1)).Single();
        await Publish(submitted, Guid.NewGuid());
        await WaitUntilConsumed(2);
        var second = await NotificationsOf(submitted);
        Assert.Equal(members.Append(newcomer).Order(), second.Select(n => n.UserId).Order());
        Assert.Equal(members.Count + 1, await _host.Query(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(NotificationCreated).FullName)));
    }

    private async Task<(ProposalSubmitted Message, List<Guid> Members)> Consortium()
    {
        var lead = Guid.NewGuid();
        var partner = Guid.NewGuid();
        var members = (await Seed.Members(_host, lead, 2)).Concat(await Seed.Members(_host, partner, 1)).ToList();
        var message = new ProposalSubmitted(Guid.NewGuid(), Guid.NewGuid(), "FP-2026-0042", "HYDROBREIZH", 1, "AR-FP-2026-0042-V1",
            _host.Clock.GetUtcNow(), lead, [lead, partner]);
        return (message, members);
    }

    private Task Publish(ProposalSubmitted message, Guid messageId) =>
        _host.Harness.Bus.Publish(message, context => context.MessageId = messageId);

    // Every consumer of ProposalSubmitted (the notification one, the webhook one…) counts one completion per delivery.
    private static readonly int SubmittedConsumers = typeof(WorkerConsumers).Assembly.GetTypes()
        .Count(t => t is { IsAbstract: false, IsClass: true } && typeof(IConsumer<ProposalSubmitted>).IsAssignableFrom(t));

    private async Task WaitUntilConsumed(int count)
    {
        await Eventually.Until(() => Task.FromResult(_host.Consumed.Completed<ProposalSubmitted>()), n => n >= count * SubmittedConsumers,
            what: $"{count} deliveries to each of {SubmittedConsumers} consumers");
    }

    private Task<List<Domain.Notifications.Notification>> NotificationsOf(ProposalSubmitted submitted)
    {
        var prefix = $"proposal-submitted:{submitted.ProposalId}:";
        return _host.Query(db => db.Notifications.AsNoTracking().Where(n => n.DedupKey.StartsWith(prefix)).ToListAsync());
    }
}
