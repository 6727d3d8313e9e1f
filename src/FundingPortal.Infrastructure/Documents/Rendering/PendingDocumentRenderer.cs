using FundingPortal.Infrastructure.Hosting;
using FundingPortal.Infrastructure.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Documents.Rendering;

/// <summary>
/// Pulls Pending documents from the database and renders them, <see cref="MessagingOptions.DocumentRenderers"/> at a
/// time (one on 2 cores), so a deadline rush keeps CPU for the submissions and holds no document request in memory:
/// the backlog is rows, not messages (ADR 0036). Wakes on <see cref="DocumentRenderSignal"/>, otherwise polls every
/// <see cref="MessagingOptions.PollInterval"/>. While requests are in flight it pauses between documents and claims one
/// at a time (<see cref="RenderingYield"/>); current versions' documents come before superseded ones, and every eighth
/// claim takes the oldest superseded ones so none waits for ever (ADR 0038). A document that failed rests for the retry
/// interval before its next attempt; the third failure marks it Failed. Every error is logged and backed off; the loop
/// never stops the host.
/// </summary>
public sealed class PendingDocumentRenderer(
    IServiceScopeFactory scopes,
    DocumentRenderSignal signal,
    RenderingYield yielding,
    IOptions<MessagingOptions> options,
    ILogger<PendingDocumentRenderer> logger) : BackgroundService
{
    /// <summary>Documents claimed per transaction: enough to save round trips, few enough to hold few locks and bytes.</summary>
    public const int BatchSize = 4;

    /// <summary>One claim in this many takes the oldest superseded documents first: their share of a rush that never ends.</summary>
    public const int SupersededEvery = 8;

    /// <summary>
    /// How often superseded versions' documents are stepped back: every second when the process is quiet, every ten
    /// during a rush, when the renderers render one document a second anyway and the request path needs the database.
    /// </summary>
    private static readonly TimeSpan DemoteEvery = TimeSpan.FromSeconds(1), DemoteEveryWhenBusy = TimeSpan.FromSeconds(10);

    private readonly RetryRest _resting = new(options.Value.Retry);

    /// <summary>Messaging:DocumentRenderers = 0 leaves rendering to other processes.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Math.Max(0, options.Value.DocumentRenderers)).Select(_ => RenderLoop(stoppingToken)));

    private async Task RenderLoop(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var failuresInARow = 0;
        var claims = 0L;
        long? demotedAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            var pause = options.Value.PollInterval;
            try
            {
                await yielding.WaitForQuietAsync(stoppingToken);
                var now = Environment.TickCount64;
                var demote = demotedAt is not { } last || now - last >= (yielding.Busy ? DemoteEveryWhenBusy : DemoteEvery).TotalMilliseconds;
                demotedAt = demote ? now : demotedAt;
                var claim = new PendingDocumentClaim(yielding.Busy ? 1 : BatchSize, _resting.Current(), demote, ++claims % SupersededEvery == 0);
                await using var scope = scopes.CreateAsyncScope();
                var outcome = await scope.ServiceProvider.GetRequiredService<PendingDocumentBatch>().RenderNextAsync(claim, stoppingToken);
                failuresInARow = 0;
                _resting.Add(outcome.ToRetry);
                if (outcome.Claimed.Count > 0)
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
                pause = TimeSpan.FromMilliseconds(Math.Min(30_000, 250 * Math.Pow(2, Math.Min(failuresInARow, 10))));
                logger.LogError(exception, "Document rendering failed ({Failures} in a row); next try in {Pause}", failuresInARow, pause);
            }

            try
            {
                await signal.WaitAsync(pause, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Failed documents and when each may be tried again (wall clock: a retry interval, not business time).</summary>
    private sealed class RetryRest(RetryOptions retry)
    {
        private readonly Dictionary<Guid, (int Failures, long Until)> _entries = [];

        public Guid[] Current()
        {
            lock (_entries)
            {
                var now = Environment.TickCount64;
                return [.. _entries.Where(e => e.Value.Until > now).Select(e => e.Key)];
            }
        }

        public void Add(IReadOnlyList<Guid> failed)
        {
            if (failed.Count == 0)
            {
                return;
            }

            lock (_entries)
            {
                var now = Environment.TickCount64;
                foreach (var id in _entries.Where(e => e.Value.Until <= now && !failed.Contains(e.Key)).Select(e => e.Key).ToList())
                {
                    _entries.Remove(id);
                }

                foreach (var id in failed)
                {
                    var failures = _entries.TryGetValue(id, out var entry) ? entry.Failures + 1 : 1;
                    var delay = Math.Min(retry.MaxInterval.TotalMilliseconds, retry.MinInterval.TotalMilliseconds * Math.Pow(2, failures - 1));
                    _entries[id] = (failures, now + (long)delay);
                }
            }
        }
    }
}

public static class DocumentRenderingSetup
{
    /// <summary>The claim and the wake-up signal, wherever documents may be rendered or asked for.</summary>
    public static IServiceCollection AddFundingPortalDocumentBatches(this IServiceCollection services)
    {
        services.AddSingleton<DocumentRenderSignal>();
        services.AddSingleton<RequestPressure>();
        services.AddSingleton<RenderingYield>();
        services.AddScoped<PendingDocumentBatch>();
        return services;
    }

    /// <summary>The pulling renderers, in processes that consume (Hosting:Role All or Worker).</summary>
    public static IServiceCollection AddFundingPortalDocumentRendering(this IServiceCollection services) =>
        services.AddHostedService<PendingDocumentRenderer>();
}
