using FundingPortal.Application.Abstractions;
using FundingPortal.Infrastructure.Messaging.Parking;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Infrastructure.Messaging;

public static class MessagingSetup
{
    /// <summary>
    /// MassTransit on the configured transport, plus the outbox dispatcher where Messaging:DispatchOutbox is on.
    /// <paramref name="registerConsumers"/> is null in processes that only publish (Hosting:Role=Api).
    /// </summary>
    public static IServiceCollection AddFundingPortalMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? registerConsumers)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section);
        services.AddFundingPortalMessagePlumbing();

        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            registerConsumers?.Invoke(bus);
            if (options.Transport == MessagingTransport.RabbitMQ)
            {
                bus.UsingRabbitMq((context, cfg) =>
                {
                    var rabbit = options.RabbitMq;
                    cfg.Host(rabbit.Host, rabbit.Port, rabbit.VirtualHost, host =>
                    {
                        host.Username(rabbit.Username);
                        host.Password(rabbit.Password);
                    });
                    cfg.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
            }
        });

        if (options.DispatchOutbox)
        {
            services.AddHostedService<OutboxDispatcher>();
        }

        return services;
    }

    /// <summary>The pieces consumers and the dispatcher need, without a bus (tests bring their own harness).</summary>
    public static IServiceCollection AddFundingPortalMessagePlumbing(this IServiceCollection services)
    {
        services.AddOptions<MessagingOptions>();
        services.AddScoped<ITransactionRunner, EfTransactionRunner>();
        services.AddScoped<ProcessedMessageGuard>();
        services.AddScoped<OutboxBatchPublisher>();
        services.AddScoped<ParkedMessageRecorder>();
        services.AddScoped<ParkedMessages>();
        services.AddSingleton<ParkFailedMessageFilter>();
        return services;
    }
}
