using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.IntegrationTests.Messaging;

/// <summary>An idempotent consumer that fails while <see cref="Failing"/> is set.</summary>
public sealed class FlakyConsumer(ProcessedMessageGuard guard) : IdempotentConsumer<CallClosed>(guard)
{
    private static volatile bool _failing = true;
    private static int _handled;

    public static bool Failing
    {
        get => _failing;
        set => _failing = value;
    }

    public static int Handled => _handled;

    protected override Task HandleAsync(CallClosed message, CancellationToken ct)
    {
        if (Failing)
        {
            throw new InvalidOperationException("Service de messagerie indisponible");
        }

        Interlocked.Increment(ref _handled);
        return Task.CompletedTask;
    }
}

public sealed class FlakyConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<FlakyConsumer>(options, park);
