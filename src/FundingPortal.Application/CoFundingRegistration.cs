using FundingPortal.Application.CoFunding;
using FundingPortal.Application.CoFunding.GetCallFundingSummary;
using FundingPortal.Application.CoFunding.GetFundingPlan;
using FundingPortal.Application.CoFunding.GetFundingStatus;
using FundingPortal.Application.CoFunding.ListMyPendingRequests;
using FundingPortal.Application.CoFunding.RecordFundingDecision;
using FundingPortal.Application.CoFunding.RequestFunding;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reporting.ExportCall;
using FundingPortal.Application.Reporting.GetDashboard;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FundingPortal.Application;

public static class CoFundingRegistration
{
    public static IServiceCollection AddCoFundingAndReporting(this IServiceCollection services)
    {
        services.AddScoped<FunderOfficerRelation>();
        services.AddScoped<IProposalRelationSource>(sp => sp.GetRequiredService<FunderOfficerRelation>());
        services.AddScoped<IProposalListFilter>(sp => sp.GetRequiredService<FunderOfficerRelation>());

        services.AddScoped<FundingPlanBasisLoader>();
        services.AddScoped<GetFundingPlan>();
        services.AddScoped<FundingStatusDescriber>();
        services.AddScoped<GetFundingStatus>();
        services.AddScoped<RequestFunding>();
        services.AddScoped<RecordFundingDecision>();
        services.AddScoped<FundingDecisionDocumentBuilder>();
        services.AddScoped<FundingTotals>();
        services.AddScoped<GetCallFundingSummary>();
        services.AddScoped<ListMyPendingRequests>();

        services.AddScoped<GetDashboard>();
        services.AddScoped<ExportCall>();
        return services;
    }
}
