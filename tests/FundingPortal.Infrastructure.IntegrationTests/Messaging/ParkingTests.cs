using FundingPortal.Application.Operations;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Messaging;

public sealed class ParkingTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync(bus => bus.AddConsumer<FlakyConsumer, FlakyConsumerDefinition>(),
        new Dictionary<string, string?> { ["Messaging:RedeliveryIntervals:0"] = "00:01:00" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_message_that_keeps_failing_is_redelivered_then_parked_and_a_manager_retry_resolves_it()
    {
        FlakyConsumer.Failing = true;
        var messageId = Guid.NewGuid();
        await _host.Harness.Bus.Publish(new CallClosed(Guid.NewGuid(), "Appel test", _host.Clock.GetUtcNow()), c => c.MessageId = messageId);

        var parked = await WaitFor(messageId, p => p.Failures == 1);
        Assert.Equal(ParkedMessageStatus.AwaitingRedelivery, parked.Status);
        Assert.Equal("flaky", parked.Queue);
        Assert.Equal(typeof(CallClosed).FullName, parked.MessageType);
        Assert.Contains("Service de messagerie indisponible", parked.Error, StringComparison.Ordinal);

        // The scheduled redelivery (one configured here) fails too: the message is parked for good.
        _host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await _host.InScope(sp => sp.GetRequiredService<ParkedMessages>().RedeliverDueAsync(CancellationToken.None)));
        await Dispatch();
        parked = await WaitFor(messageId, p => p.Failures == 2);
        Assert.Equal(ParkedMessageStatus.Parked, parked.Status);
        Assert.Null(parked.NextRedeliveryAt);

        // A manager retries once the cause is fixed: delivered to that queue only, with the original MessageId.
        FlakyConsumer.Failing = false;
        var handledBefore = FlakyConsumer.Handled;
        Assert.True((await _host.InScope(sp => sp.GetRequiredService<ParkedMessages>().RetryAsync(parked.Id, CancellationToken.None))).IsSuccess);
        Assert.False((await _host.InScope(sp => sp.GetRequiredService<ParkedMessages>().RetryAsync(parked.Id, CancellationToken.None))).IsSuccess);
        await Dispatch();
        parked = await WaitFor(messageId, p => p.Status == ParkedMessageStatus.Resolved);
        Assert.Equal(handledBefore + 1, FlakyConsumer.Handled);
        Assert.Equal(1, await _host.Query(db => db.ProcessedMessages.CountAsync(p => p.MessageId == messageId)));
    }

    private Task Dispatch() => _host.InScope(sp => sp.GetRequiredService<OutboxBatchPublisher>().PublishNextBatchAsync(CancellationToken.None));

    private Task<ParkedMessage> WaitFor(Guid messageId, Func<ParkedMessage, bool> condition) =>
        Eventually.Until(async () => await _host.Query(db => db.ParkedMessages.AsNoTracking().FirstOrDefaultAsync(p => p.MessageId == messageId)),
            p => p is not null && condition(p), what: "the parked message")!;
}
