using FundingPortal.Application.Notifications.NotifySubmissionReceived;
using FundingPortal.Contracts;
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
