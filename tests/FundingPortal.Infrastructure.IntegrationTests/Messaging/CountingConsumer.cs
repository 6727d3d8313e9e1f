using System.Collections.Concurrent;
using FundingPortal.Contracts;
using MassTransit;

namespace FundingPortal.Infrastructure.IntegrationTests.Messaging;

/// <summary>Counts deliveries per MessageId, to prove that nothing is published twice.</summary>
public sealed class CountingConsumer : IConsumer<ProposalWithdrawn>
{
    public static ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    public Task Consume(ConsumeContext<ProposalWithdrawn> context)
    {
        Deliveries.AddOrUpdate(context.MessageId!.Value, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}
