using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FundingPortal.Infrastructure.Messaging.Parking;

/// <summary>
/// The error pipe of every consumer endpoint: runs once the in-process retries are exhausted and records the message
/// in parked_messages instead of the transport's _error queue. If the database cannot take it either, the message
/// goes on to the _error queue (the next filter), so it is never lost.
/// </summary>
public sealed class ParkFailedMessageFilter(IServiceScopeFactory scopes, ILogger<ParkFailedMessageFilter> logger) : IFilter<ExceptionReceiveContext>
{
    public async Task Send(ExceptionReceiveContext context, IPipe<ExceptionReceiveContext> next)
    {
        var failed = FailedEnvelope.From(context);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var parked = await scope.ServiceProvider.GetRequiredService<ParkedMessageRecorder>().RecordAsync(failed, CancellationToken.None);
            logger.LogWarning(context.Exception, "Message {MessageId} ({MessageType}) failed on {Queue}: {Status} after {Failures} failure(s)",
                failed.MessageId, failed.MessageType, failed.Queue, parked.Status, parked.Failures);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not park message {MessageId} from {Queue}; moving it to the error queue", failed.MessageId, failed.Queue);
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("park-failed-message");
}
