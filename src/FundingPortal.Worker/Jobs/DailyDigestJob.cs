using FundingPortal.Application.Notifications.SendDailyDigests;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>08:00 Paris time: the daily digest e-mails. A failed run is retried by Hangfire; sent digests are not sent twice.</summary>
[AutomaticRetry(Attempts = 5)]
public sealed class DailyDigestJob(SendDailyDigests send)
{
    public Task<int> RunAsync(CancellationToken ct) => send.Handle(ct);
}
