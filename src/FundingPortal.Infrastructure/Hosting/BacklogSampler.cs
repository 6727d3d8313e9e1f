using FundingPortal.Application.Common.Telemetry;
using FundingPortal.Domain.Documents;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Infrastructure.Hosting;

/// <summary>
/// Reads the two backlogs for <see cref="PortalMetrics"/> every <see cref="Period"/>: the age of the oldest outbox
/// message not yet dispatched and the number of documents still to render. Two indexed reads; a gauge callback must not
/// query the database itself (it runs synchronously inside a scrape).
/// </summary>
internal sealed class BacklogSampler(IServiceScopeFactory scopes, PortalMetrics metrics, TimeProvider clock, ILogger<BacklogSampler> logger) : BackgroundService
{
    // Wall-clock sampling period, not business time: tests with a frozen clock still get fresh samples.
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period);
        do
        {
            try
            {
                await Sample(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogDebug(exception, "Backlog sample skipped");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task Sample(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var oldest = await db.OutboxMessages.Where(m => m.DispatchedAt == null).MinAsync(m => (DateTimeOffset?)m.OccurredAt, ct);
        var pending = await db.GeneratedDocuments.LongCountAsync(d => d.Status == DocumentStatus.Pending, ct);
        metrics.Backlog(oldest is { } at ? clock.GetUtcNow() - at : TimeSpan.Zero, pending);
    }
}
