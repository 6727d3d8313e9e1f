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
    /// Call after AddInfrastructure, which registers the plumbing and binds <see cref="MessagingOptions"/>.
    /// </summary>
    public static IServiceCollection AddFundingPortalMessaging(this IServiceCollection services, IConfiguration configuration,
        Action<IBusRegistrationConfigurator>? registerConsumers)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        services.AddMassTransit(bus =>
        {
            // MassTransit ≥ 8.4 reports the installation (OS, time zone, endpoints) to its vendor by default: never from here.
            bus.DisableUsageTelemetry();
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

    /// <summary>The pieces consumers and the dispatcher need, without a bus (tests bring their own harness). Call once:
    /// binding the options twice would append configured arrays twice.</summary>
    public static IServiceCollection AddFundingPortalMessagePlumbing(this IServiceCollection services)
    {
        services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.Section);

        services.AddScoped<ITransactionRunner, EfTransactionRunner>();
        services.AddScoped<ProcessedMessageGuard>();
        services.AddScoped<OutboxBatchPublisher>();
        services.AddScoped<ParkedMessageRecorder>();
        services.AddScoped<ParkedMessages>();
        services.AddScoped<FundingPortal.Application.Operations.IParkedMessages>(sp => sp.GetRequiredService<ParkedMessages>());
        services.AddSingleton<ParkFailedMessageFilter>();
        return services;
    }
}
