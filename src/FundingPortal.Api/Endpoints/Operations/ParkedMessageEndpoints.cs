using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Operations.ListParkedMessages;
using FundingPortal.Application.Operations.RetryParkedMessage;

namespace FundingPortal.Api.Endpoints.Operations;

/// <summary>Messages a consumer could not process, for managers to inspect and send back.</summary>
public static class ParkedMessageEndpoints
{
    public static void MapParkedMessageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/parked-messages").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Operations");

        group.MapGet("/", async (string? status, ListParkedMessages handler, CancellationToken ct) => (await handler.Handle(status, ct)).ToResult());

        group.MapPost("/{id:guid}/retry", async (Guid id, RetryParkedMessage handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(() => TypedResults.Accepted($"/api/admin/parked-messages?status=Redelivered")));
    }
}
