using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application.Accounts;

public static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddScoped<RegisterAccount.RegisterAccount>();
        services.AddScoped<RequestAccountEmail.RequestAccountEmail>();
        services.AddScoped<ListUsers.ListUsers>();
        return services;
    }
}
