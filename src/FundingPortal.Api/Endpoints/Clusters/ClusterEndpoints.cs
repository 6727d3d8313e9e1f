using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Clusters.AskCoLabelling;
using FundingPortal.Application.Clusters.CreateCluster;
using FundingPortal.Application.Clusters.DecideCoLabelling;
using FundingPortal.Application.Clusters.GetCoLabelling;
using FundingPortal.Application.Clusters.GetCluster;
using FundingPortal.Application.Clusters.ListClusters;

namespace FundingPortal.Api.Endpoints.Clusters;

public static class ClusterEndpoints
{
    public static void MapClusterEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/clusters").RequireAuthorization().WithTags("Clusters");

        group.MapPost("/", async (CreateClusterRequest request, CreateCluster handler, CancellationToken ct) =>
                (await handler.Handle(request, ct)).ToResult(c => TypedResults.Created($"/api/clusters/{c.Id}", c)))
            .RequireAuthorization(AuthSetup.ManagerPolicy)
            .WithDescription("The platform's administrators (managers of the first cluster) add a cluster to the alliance; a short name already taken is 409 cluster_exists.");

        group.MapGet("/", async (ListClusters handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));

        group.MapGet("/{id:guid}", async (Guid id, GetCluster handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());

        var proposal = app.MapGroup("/api/proposals/{id:guid}").RequireAuthorization().WithTags("Co-labelling");
        proposal.MapPut("/co-labelling", async (Guid id, CoLabellingChoice request, AskCoLabelling handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .WithDescription("The lead asks partner clusters to co-label the dossier, before submission (the whole list each time). The call's own cluster is 400 "
                + "co_labelling_own_cluster, an unknown cluster 400 unknown_cluster, a submitted dossier 409 already_submitted.");
        proposal.MapGet("/co-labelling", async (Guid id, GetCoLabelling handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
        proposal.MapPost("/co-labelling-decision", async (Guid id, CoLabellingDecisionRequest request, DecideCoLabelling handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy)
            .WithDescription("A manager of a cluster the consortium asked records that cluster's decision (final: a second one is 409 co_labelling_already_decided); "
                + "any other manager gets 404. The consortium is told.");
    }
}
