using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>Sends back the failed messages whose redelivery time has come.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class RedeliverParkedMessagesJob(ParkedMessages parked, OutboxSignal signal)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var redelivered = await parked.RedeliverDueAsync(ct);
        if (redelivered > 0)
        {
            signal.Notify();
        }

        return redelivered;
    }
}
