using FundingPortal.Api.Http;
using FundingPortal.Application.FundingSimulation.SimulateFunding;

namespace FundingPortal.Api.Endpoints.FundingSimulation;

public static class FundingSimulationEndpoints
{
    public static void MapFundingSimulationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/calls/{id:guid}/funding-simulation", async (Guid id, FundingSimulationRequest? request, SimulateFunding handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .RequireAuthorization()
            .WithTags("Co-funding");
    }
}
