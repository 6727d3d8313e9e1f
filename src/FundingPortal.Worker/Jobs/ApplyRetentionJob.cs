using FundingPortal.Application.Privacy.ApplyRetention;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>Daily at 03:00 Paris time: the retention rules (docs/privacy.md). A second run the same day finds nothing left to do.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class ApplyRetentionJob(ApplyRetention retention)
{
    public Task<RetentionRun> RunAsync(CancellationToken ct) => retention.Handle(ct);
}
