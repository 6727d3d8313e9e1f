using FundingPortal.Application.Calls.AnnounceCallClosed;
using FundingPortal.Application.Calls.FindCallsToAnnounceClosed;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Worker.Jobs;

/// <summary>Announces the calls whose submission deadline has passed (once each, even if two runs overlap).</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class CloseDueCallsJob(IServiceScopeFactory scopes, FindCallsToAnnounceClosed find, ILogger<CloseDueCallsJob> logger)
{
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var announced = 0;
        foreach (var callId in await find.Handle(ct))
        {
            // A fresh unit of work per call, so a lost race on one call leaves nothing tracked for the next.
            await using var scope = scopes.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<AnnounceCallClosed>().Handle(callId, ct))
            {
                announced++;
                logger.LogInformation("Call {CallId} closed at its deadline; CallClosed queued", callId);
            }
        }

        return announced;
    }
}
