using System.Text.Json;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.IntegrationTests.Messaging;

public sealed class OutboxDispatcherTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync(bus => bus.AddConsumer<CountingConsumer>());

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Four_dispatchers_on_the_same_table_publish_each_message_exactly_once()
    {
        const int messages = 600;
        var ids = await InsertPending(messages);
        var dispatchers = Enumerable.Range(0, 4).Select(_ => new OutboxDispatcher(
            _host.Services.GetRequiredService<IServiceScopeFactory>(), new OutboxSignal(),
            _host.Services.GetRequiredService<IOptions<MessagingOptions>>(), NullLogger<OutboxDispatcher>.Instance)).ToList();

        await Task.WhenAll(dispatchers.Select(d => d.StartAsync(CancellationToken.None)));
        try
        {
            await Eventually.Until(() => Task.FromResult(ids.Count(CountingConsumer.Deliveries.ContainsKey)), n => n == messages, what: "every message consumed");
            await Eventually.Until(() => _host.Query(db => db.OutboxMessages.CountAsync(m => ids.Contains(m.Id) && m.DispatchedAt != null)),
                n => n == messages, what: "every row marked dispatched");
            await Task.Delay(500); // a double publish would show up by now
        }
        finally
        {
            await Task.WhenAll(dispatchers.Select(d => d.StopAsync(CancellationToken.None)));
        }

        Assert.All(ids, id => Assert.Equal(1, CountingConsumer.Deliveries[id]));
    }

    [Fact]
    public async Task A_row_whose_type_is_not_a_contract_is_never_published_and_is_backed_off()
    {
        var id = Guid.CreateVersion7();
        await _host.Query(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = id,
                Type = "System.Diagnostics.Process",
                Payload = "{}",
                OccurredAt = _host.Clock.GetUtcNow().AddDays(-10),
            });
            return await db.SaveChangesAsync();
        });

        await _host.InScope(sp => sp.GetRequiredService<OutboxBatchPublisher>().PublishNextBatchAsync(CancellationToken.None));

        var row = await _host.Query(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));
        Assert.Null(row.DispatchedAt);
        Assert.Equal(1, row.Attempts);
        Assert.Contains("Unknown message type", row.LastError, StringComparison.Ordinal);
        Assert.True(row.NextAttemptAt > _host.Clock.GetUtcNow());

        // Not picked again before its next attempt time.
        await _host.InScope(sp => sp.GetRequiredService<OutboxBatchPublisher>().PublishNextBatchAsync(CancellationToken.None));
        Assert.Equal(1, (await _host.Query(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id))).Attempts);
    }

    private async Task<List<Guid>> InsertPending(int count)
    {
        var rows = Enumerable.Range(0, count).Select(i => new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = typeof(ProposalWithdrawn).FullName!,
            Payload = JsonSerializer.Serialize(new ProposalWithdrawn(Guid.NewGuid(), Guid.NewGuid(), $"REF-{i}", _host.Clock.GetUtcNow(), []), MessageJson.Options),
            OccurredAt = _host.Clock.GetUtcNow().AddMilliseconds(i),
        }).ToList();
        await _host.Query(async db =>
        {
            db.OutboxMessages.AddRange(rows);
            return await db.SaveChangesAsync();
        });
        return rows.Select(r => r.Id).ToList();
    }
}
