using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Funders.CreateFunder;
using FundingPortal.Application.Funders.ListFunders;

namespace FundingPortal.Api.Endpoints.Funders;

public static class FunderEndpoints
{
    public static void MapFunderEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/funders").RequireAuthorization().WithTags("Funders");

        group.MapPost("/", async (CreateFunderRequest request, CreateFunder handler, CancellationToken ct) =>
                (await handler.Handle(request, ct)).ToResult(f => TypedResults.Created($"/api/funders/{f.Id}", f)))
            .RequireAuthorization(AuthSetup.ManagerPolicy);

        group.MapGet("/", async (ListFunders handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));
    }
}
