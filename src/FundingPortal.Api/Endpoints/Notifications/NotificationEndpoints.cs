using FundingPortal.Api.Http;
using FundingPortal.Application.Notifications.ListMyNotifications;
using FundingPortal.Application.Notifications.MarkNotificationRead;

namespace FundingPortal.Api.Endpoints.Notifications;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").RequireAuthorization().WithTags("Notifications");

        group.MapGet("/", (bool? unreadOnly, int? limit, string? cursor, ListMyNotifications handler, CancellationToken ct) =>
            Paging.Read(limit, cursor, page => handler.Handle(unreadOnly ?? false, page, ct)));

        group.MapPost("/{id:guid}/read", async (Guid id, MarkNotificationRead handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(TypedResults.NoContent));
    }
}
