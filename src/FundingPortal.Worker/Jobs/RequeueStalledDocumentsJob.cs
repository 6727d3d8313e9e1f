using FundingPortal.Application.Documents.RequeueStalledDocuments;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Worker.Jobs;

[AutomaticRetry(Attempts = 0)]
public sealed class RequeueStalledDocumentsJob(RequeueStalledDocuments requeue, ILogger<RequeueStalledDocumentsJob> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var count = await requeue.Handle(ct);
        if (count > 0)
        {
            logger.LogWarning("{Count} stalled document(s) requested again", count);
        }

        return count;
    }
}
