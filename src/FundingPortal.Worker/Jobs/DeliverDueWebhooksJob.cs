using FundingPortal.Application.Notifications.DeliverDueWebhooks;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>Every minute: the webhook deliveries whose next attempt (exponential back-off) is due.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class DeliverDueWebhooksJob(DeliverDueWebhooks deliver)
{
    public Task<int> RunAsync(CancellationToken ct) => deliver.Handle(ct);
}
