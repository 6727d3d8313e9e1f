using FundingPortal.Application.Proposals.ExpireCorrectionRequests;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>Every minute: correction requests past their due date become Expired (a second run finds none left).</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class ExpireCorrectionRequestsJob(ExpireCorrectionRequests expire)
{
    public Task<int> RunAsync(CancellationToken ct) => expire.Handle(ct);
}
