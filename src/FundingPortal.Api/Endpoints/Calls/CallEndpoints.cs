using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.CreateCall;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Calls.PublishCall;
using FundingPortal.Application.Calls.UpdateCall;

namespace FundingPortal.Api.Endpoints.Calls;

public static class CallEndpoints
{
    public static void MapCallEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calls").RequireAuthorization().WithTags("Calls");

        group.MapPost("/", async (CallRequest request, CreateCall handler, CancellationToken ct) =>
                (await handler.Handle(request, ct)).ToResult(c => TypedResults.Created($"/api/calls/{c.Id}", c)))
            .RequireAuthorization(AuthSetup.ManagerPolicy);

        group.MapPut("/{id:guid}", async (Guid id, CallRequest request, UpdateCall handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy);

        group.MapPost("/{id:guid}/publish", async (Guid id, PublishCall handler, CancellationToken ct) =>
                (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", (int? limit, string? cursor, string? q, string? sort, ListCalls handler, CancellationToken ct) =>
            Paging.Read(limit, cursor, q, sort, (search, page) => handler.Handle(search, page, ct)))
            .DocumentListSearch(ListCalls.Orders);

        group.MapGet("/{id:guid}", async (Guid id, GetCall handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
    }
}
