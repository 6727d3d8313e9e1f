using FundingPortal.Application.Clusters;
using FundingPortal.Application.Clusters.AskCoLabelling;
using FundingPortal.Application.Clusters.CreateCluster;
using FundingPortal.Application.Clusters.DecideCoLabelling;
using FundingPortal.Application.Clusters.GetCoLabelling;
using FundingPortal.Application.Clusters.GetCluster;
using FundingPortal.Application.Clusters.HasCoLabellingRequests;
using FundingPortal.Application.Clusters.ListClusters;
using FundingPortal.Application.Clusters.ListCoLabellingRequests;
using FundingPortal.Application.Proposals;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Application;

public static class ClustersRegistration
{
    public static IServiceCollection AddClusters(this IServiceCollection services)
    {
        services.AddScoped<ManagerScope>();
        services.AddScoped<LabellingClusters>();
        services.AddScoped<IProposalRelationSource, CoLabellingRelation>();
        services.AddScoped<CreateCluster>();
        services.AddScoped<ListClusters>();
        services.AddScoped<GetCluster>();
        services.AddScoped<AskCoLabelling>();
        services.AddScoped<GetCoLabelling>();
        services.AddScoped<DecideCoLabelling>();
        services.AddScoped<ListCoLabellingRequests>();
        services.AddScoped<HasCoLabellingRequests>();
        return services;
    }
}
