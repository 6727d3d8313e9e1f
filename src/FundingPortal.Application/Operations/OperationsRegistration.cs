using FundingPortal.Application.Operations.ListParkedMessages;
using FundingPortal.Application.Operations.RetryParkedMessage;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application.Operations;

public static class OperationsRegistration
{
    public static IServiceCollection AddOperations(this IServiceCollection services)
    {
        services.AddScoped<ListParkedMessages.ListParkedMessages>();
        services.AddScoped<RetryParkedMessage.RetryParkedMessage>();
        return services;
    }
}
