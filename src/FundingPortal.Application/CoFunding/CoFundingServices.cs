using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FundingPortal.Application.CoFunding;

public static class CoFundingServices
{
    public static IServiceCollection AddCoFundingAndReporting(this IServiceCollection services)
    {
        services.AddScoped<FunderOfficerRelation>();
        services.AddScoped<IProposalRelationSource>(sp => sp.GetRequiredService<FunderOfficerRelation>());
        services.AddScoped<IProposalListFilter>(sp => sp.GetRequiredService<FunderOfficerRelation>());

        services.AddScoped<FundingPlanBasisLoader>();
        services.AddScoped<GetFundingPlan>();
        services.AddScoped<FundingStatusQuery>();
        services.AddScoped<RequestFunding>();
        services.AddScoped<RecordFundingDecision>();
        services.AddScoped<FundingDecisionDocumentQuery>();
        services.AddScoped<FundingAggregates>();
        services.AddScoped<CallFundingSummary>();

        services.AddScoped<ManagerDashboard>();
        services.AddScoped<CallExport>();
        return services;
    }
}
