using FundingPortal.Domain.Common;
using Hangfire;
using Microsoft.Extensions.Hosting;

namespace FundingPortal.Worker.Jobs;

/// <summary>Declares the recurring jobs at start-up (an idempotent upsert: several workers may do it at once).</summary>
public sealed class RecurringJobsRegistration(IRecurringJobManager jobs) : IHostedService
{
    public const string EveryMinute = "* * * * *";
    public const string DailyAtEight = "0 8 * * *";
    public const string DailyBeforeMidnight = "55 23 * * *";
    public const string DailyAtThree = "0 3 * * *";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.AddOrUpdate<CloseDueCallsJob>("close-due-calls", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<DraftRemindersJob>("draft-reminders", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<ReviewRemindersJob>("review-reminders", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<FundingDecisionRemindersJob>("funding-decision-reminders", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<RedeliverParkedMessagesJob>("redeliver-parked-messages", job => job.RunAsync(CancellationToken.None), EveryMinute);
        // Pending documents are pulled from the database by the renderers (ADR 0036): the sweep that asked again is gone.
        jobs.RemoveIfExists("requeue-stalled-documents");
        jobs.AddOrUpdate<ExpireCorrectionRequestsJob>("expire-correction-requests", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<ResumeAnnouncementsJob>("resume-announcements", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<DeliverDueWebhooksJob>("deliver-due-webhooks", job => job.RunAsync(CancellationToken.None), EveryMinute);
        jobs.AddOrUpdate<DailyDigestJob>("daily-digest", job => job.RunAsync(CancellationToken.None), DailyAtEight,
            new RecurringJobOptions { TimeZone = ParisTime.Zone });
        jobs.AddOrUpdate<DailySealJob>("daily-seal", job => job.RunAsync(CancellationToken.None), DailyBeforeMidnight,
            new RecurringJobOptions { TimeZone = ParisTime.Zone });
        jobs.AddOrUpdate<ApplyRetentionJob>("apply-retention", job => job.RunAsync(CancellationToken.None), DailyAtThree,
            new RecurringJobOptions { TimeZone = ParisTime.Zone });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
