using FundingPortal.Infrastructure.Messaging.Parking;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>Sends back the failed messages whose redelivery time has come.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class RedeliverParkedMessagesJob(ParkedMessages parked)
{
    public Task<int> RunAsync(CancellationToken ct) => parked.RedeliverDueAsync(ct);
}
