using FundingPortal.Application.Privacy.ApplyRetention;
using FundingPortal.Application.Privacy.ExportMyData;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class PrivacyRegistration
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddScoped<ExportMyData>();
        services.AddScoped<ApplyRetention>();
        return services;
    }
}
