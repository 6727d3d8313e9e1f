using MassTransit;

namespace FundingPortal.TestSupport.Messaging;

/// <summary>
/// Counts the messages a host's consumers are handling (from receipt to the end of their retries or parking), so that a
/// shared host can wait for the work one test set going before the next test starts. Register with AddReceiveObserver.
/// </summary>
public sealed class MessagesInFlight : IReceiveObserver
{
    private long _inFlight;
    private long _received;

    public long Count => Interlocked.Read(ref _inFlight);

    /// <summary>Every message received since start-up: unchanged between two looks means nothing arrived in between.</summary>
    public long Received => Interlocked.Read(ref _received);

    public Task PreReceive(ReceiveContext context)
    {
        Interlocked.Increment(ref _received);
        Interlocked.Increment(ref _inFlight);
        return Task.CompletedTask;
    }

    public Task PostReceive(ReceiveContext context)
    {
        Interlocked.Decrement(ref _inFlight);
        return Task.CompletedTask;
    }

    public Task ReceiveFault(ReceiveContext context, Exception exception)
    {
        Interlocked.Decrement(ref _inFlight);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType) where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception) where T : class => Task.CompletedTask;
}
