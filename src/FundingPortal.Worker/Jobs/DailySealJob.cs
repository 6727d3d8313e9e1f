using FundingPortal.Application.Audit.SealChainHeads;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Worker.Jobs;

/// <summary>Seals every chain head once a day (docs/proof.md); a retried or doubled run adds no second seal over the same heads.</summary>
[AutomaticRetry(Attempts = 3)]
public sealed class DailySealJob(SealChainHeads seal, ILogger<DailySealJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var done = await seal.Handle(SealTrigger.Daily, ct);
        logger.LogInformation("Seal #{SealId} of {Date}: {Digest} over {Streams} streams", done.Id, done.Date, done.Digest, done.Streams);
    }
}
