using Microsoft.AspNetCore.Http.HttpResults;
using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Messaging.Parking;

namespace FundingPortal.Api.Endpoints.Operations;

/// <summary>Messages a consumer could not process, for managers to inspect and send back.</summary>
public static class ParkedMessageEndpoints
{
    public static void MapParkedMessageEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin/parked-messages").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Operations");

        group.MapGet("/", async Task<Results<Ok<IReadOnlyList<ParkedMessageResponse>>, ProblemHttpResult>> (string? status, ParkedMessages parked, CancellationToken ct) =>
        {
            ParkedMessageStatus? filter = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (!Enum.TryParse<ParkedMessageStatus>(status, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed))
                {
                    return Error.Field("status", "invalid_status",
                        $"Unknown status; use one of {string.Join(", ", Enum.GetNames<ParkedMessageStatus>())}.").ToProblem();
                }

                filter = parsed;
            }

            return TypedResults.Ok(await parked.ListAsync(filter, ct));
        });

        group.MapPost("/{id:guid}/retry", async (Guid id, ParkedMessages parked, CancellationToken ct) =>
            (await parked.RetryAsync(id, ct)).ToResult(() => TypedResults.Accepted($"/api/admin/parked-messages?status=Redelivered")));
    }
}
