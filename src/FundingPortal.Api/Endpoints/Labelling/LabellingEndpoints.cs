using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Labelling;
using FundingPortal.Application.Labelling.DecideLabelling;

namespace FundingPortal.Api.Endpoints.Labelling;

public static class LabellingEndpoints
{
    public static void MapLabellingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/proposals/{id:guid}/labelling-decision", async (Guid id, LabellingDecisionRequest request, DecideLabelling handler, CancellationToken ct) =>
                (await handler.Handle(id, request, ct)).ToResult())
            .RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Labelling");
    }
}
