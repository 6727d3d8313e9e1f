using FundingPortal.Contracts;
using FundingPortal.Infrastructure.IntegrationTests.Support;
using FundingPortal.Worker.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.IntegrationTests.Reminders;

public sealed class CloseDueCallsTests : IAsyncLifetime
{
    private WorkerTestHost _host = null!;

    public async Task InitializeAsync() => _host = await WorkerTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_call_is_announced_closed_once_at_its_deadline_even_by_concurrent_sweeps()
    {
        var call = await Seed.OpenCall(_host, TimeSpan.FromHours(3));

        Assert.Equal(0, await Sweep());
        _host.Clock.SetUtcNow(call.Timeline.SubmissionDeadline.Utc);
        var announced = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(Sweep)));
        Assert.Equal(1, announced.Sum());
        Assert.Equal(0, await Sweep());

        Assert.Equal(call.Timeline.SubmissionDeadline.Utc, await _host.Query(db => db.Calls.Where(c => c.Id == call.Id).Select(c => c.ClosedAnnouncedAt).SingleAsync()));
        Assert.Equal(1, await _host.Query(db => db.OutboxMessages.CountAsync(m => m.Type == typeof(CallClosed).FullName)));
        Assert.Equal(1, await _host.Query(db => db.AuditEntries.CountAsync(a => a.StreamId == call.Id && a.Action == "call_closed")));
    }

    private Task<int> Sweep() => _host.InScope(sp => ActivatorUtilities.CreateInstance<CloseDueCallsJob>(sp).RunAsync(CancellationToken.None));
}
