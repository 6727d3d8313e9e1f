using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Application.Notifications.CreateWebhook;
using FundingPortal.Application.Notifications.ListWebhookDeliveries;
using FundingPortal.Application.Notifications.ListWebhooks;

namespace FundingPortal.Api.Endpoints.Notifications;

public static class WebhookEndpoints
{
    public static void MapWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/webhooks").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Webhooks");
        group.MapPost("/", async (CreateWebhookRequest request, CreateWebhook handler, CancellationToken ct) =>
            (await handler.Handle(request, ct)).ToResult(w => TypedResults.Created($"/api/webhooks/{w.Id}", w)));
        group.MapGet("/", async (ListWebhooks handler, CancellationToken ct) => TypedResults.Ok(await handler.Handle(ct)));
        group.MapGet("/{id:guid}/deliveries", async (Guid id, ListWebhookDeliveries handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
    }
}
