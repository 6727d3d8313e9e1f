using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.CoFunding.GetCallFundingSummary;
using FundingPortal.Application.CoFunding.GetFundingPlan;
using FundingPortal.Application.CoFunding.GetFundingStatus;
using FundingPortal.Application.CoFunding.RecordFundingDecision;
using FundingPortal.Application.CoFunding.RequestFunding;

namespace FundingPortal.Api.Endpoints.CoFunding;

public static class CoFundingEndpoints
{
    public static void MapCoFundingEndpoints(this IEndpointRouteBuilder app)
    {
        var proposal = app.MapGroup("/api/proposals/{id:guid}").RequireAuthorization().WithTags("Co-funding");

        proposal.MapGet("/funding-plan", async (Guid id, GetFundingPlan query, CancellationToken ct) => (await query.Handle(id, ct)).ToResult());

        proposal.MapPost("/funding-requests", async (Guid id, RequestFunding handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        proposal.MapGet("/funding-decisions", async (Guid id, GetFundingStatus query, CancellationToken ct) => (await query.Handle(id, ct)).ToResult());

        proposal.MapPost("/funding-decisions", async (Guid id, FundingDecisionRequest request, RecordFundingDecision handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(d => TypedResults.Created($"/api/proposals/{id}/funding-decisions", d)))
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/calls/{id:guid}/funding-summary", async (Guid id, GetCallFundingSummary query, CancellationToken ct) => (await query.Handle(id, ct)).ToResult())
            .RequireAuthorization().WithTags("Co-funding");
    }
}
