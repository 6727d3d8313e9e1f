using MassTransit;
using Microsoft.Extensions.Options;

namespace FundingPortal.Infrastructure.Messaging.Parking;

/// <summary>
/// Every consumer's endpoint: exponential in-process retries, then the parking error pipe, which schedules the
/// redeliveries (1 min, 5 min, 30 min by default) and finally parks the message for managers. Redelivery goes through
/// the outbox rather than the broker's delayed exchange, so it behaves the same on RabbitMQ and in memory.
/// </summary>
public abstract class ReliableConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly RetryOptions _retry;
    private readonly ParkFailedMessageFilter _park;

    protected ReliableConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    {
        _retry = options.Value.Retry;
        _park = park;
    }

    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator, IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(r => r.Exponential(_retry.Limit, _retry.MinInterval, _retry.MaxInterval, _retry.IntervalDelta));
        endpointConfigurator.ConfigureError(error =>
        {
            error.UseFilter(_park);
            error.UseFilter(new MassTransit.Middleware.ErrorTransportFilter());
        });
    }
}
