using Hangfire;
using Microsoft.Extensions.Hosting;

namespace FundingPortal.Worker.Jobs;

/// <summary>
/// A worker that starts (often a restart after a crash) asks at once for the sweeps that take up what a dead worker left
/// half-done, instead of waiting for their minute: announcements with recipients still pending, webhooks due. Enqueued,
/// not triggered: a recurring job's trigger takes a lock a killed process may still hold.
/// </summary>
public sealed class ResumeInterruptedWorkAtStart(IBackgroundJobClient jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.Enqueue<ResumeAnnouncementsJob>(job => job.RunAsync(CancellationToken.None));
        jobs.Enqueue<DeliverDueWebhooksJob>(job => job.RunAsync(CancellationToken.None));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
