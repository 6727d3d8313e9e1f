using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Clusters.CreateCluster;
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
    }
}
