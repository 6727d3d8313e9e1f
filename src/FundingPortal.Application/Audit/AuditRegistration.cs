using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application.Audit;

public static class AuditRegistration
{
    public static IServiceCollection AddAuditProof(this IServiceCollection services)
    {
        services.AddScoped<VerifyEverything.VerifyEverything>();
        services.AddScoped<SealChainHeads.SealChainHeads>();
        services.AddScoped<ListSeals.ListSeals>();
        services.AddScoped<StreamHistory>();
        services.AddScoped<GetCallHistory.GetCallHistory>();
        services.AddScoped<GetAssignmentHistory.GetAssignmentHistory>();
        services.AddScoped<GetExpertHistory.GetExpertHistory>();
        return services;
    }
}
