using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Messaging;

/// <summary>
/// Publishes committed outbox rows. Wakes on <see cref="OutboxSignal"/> right after a local save, otherwise polls (other
/// processes write rows too). Every failure is logged and backed off; the loop never brings the host down.
/// </summary>
public sealed class OutboxDispatcher(
    IServiceScopeFactory scopes,
    OutboxSignal signal,
    IOptions<MessagingOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failuresInARow = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = options.Value.PollInterval;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var batch = await scope.ServiceProvider.GetRequiredService<OutboxBatchPublisher>().PublishNextBatchAsync(stoppingToken);
                failuresInARow = batch.TransportFailed ? failuresInARow + 1 : 0;
                if (batch.TransportFailed)
                {
                    pause = Backoff(failuresInARow);
                }
                else if (batch.Selected == options.Value.BatchSize)
                {
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                failuresInARow++;
                pause = Backoff(failuresInARow);
                logger.LogError(exception, "Outbox dispatch failed ({Failures} in a row); next try in {Pause}", failuresInARow, pause);
            }

            await WaitForWorkAsync(pause, stoppingToken);
        }
    }

    private static TimeSpan Backoff(int failuresInARow) =>
        TimeSpan.FromMilliseconds(Math.Min(MaxPause.TotalMilliseconds, 250 * Math.Pow(2, Math.Min(failuresInARow, 10))));

    private async Task WaitForWorkAsync(TimeSpan pause, CancellationToken stoppingToken)
    {
        try
        {
            await signal.WaitAsync(pause, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}
