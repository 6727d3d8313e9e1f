using System.Collections.Concurrent;
using MassTransit;

namespace FundingPortal.Infrastructure.IntegrationTests.Support;

/// <summary>Counts every delivery, redeliveries of one MessageId included (the harness's lists keep one entry per id).</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    private readonly ConcurrentDictionary<Type, int> _completed = new();

    public int Completed<T>() => _completed.GetValueOrDefault(typeof(T));

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        _completed.AddOrUpdate(typeof(T), 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
