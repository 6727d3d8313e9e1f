using FundingPortal.Api.Auth;
using FundingPortal.Api.Http;
using FundingPortal.Api.Http.OpenApi;
using FundingPortal.Application.Notifications.GetAnnouncement;
using FundingPortal.Application.Notifications.ListMyNotifications;
using FundingPortal.Application.Notifications.MarkNotificationRead;
using FundingPortal.Application.Notifications.PostAnnouncement;

namespace FundingPortal.Api.Endpoints.Notifications;

public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/notifications").RequireAuthorization().WithTags("Notifications");

        group.MapGet("/", (bool? unreadOnly, int? limit, string? cursor, string? q, string? sort, ListMyNotifications handler, CancellationToken ct) =>
            Paging.Read(limit, cursor, q, sort, (search, page) => handler.Handle(unreadOnly ?? false, search, page, ct)))
            .DocumentListSearch(ListMyNotifications.Orders);

        group.MapPost("/{id:guid}/read", async (Guid id, MarkNotificationRead handler, CancellationToken ct) =>
            (await handler.Handle(id, ct)).ToResult(TypedResults.NoContent));

        var announcements = app.MapGroup("/api").RequireAuthorization(AuthSetup.ManagerPolicy).WithTags("Announcements");
        announcements.MapPost("/calls/{id:guid}/announcements", async (Guid id, AnnouncementRequest request, PostAnnouncement handler, CancellationToken ct) =>
            (await handler.Handle(id, request, ct)).ToResult(a => TypedResults.Accepted($"/api/announcements/{a.Id}", a)));
        announcements.MapGet("/announcements/{id:guid}", async (Guid id, GetAnnouncement handler, CancellationToken ct) => (await handler.Handle(id, ct)).ToResult());
    }
}
