using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListMyNotifications;

public sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>
/// The caller's own notifications, newest first (or by title), searched in the title and text; an expert no longer
/// sees those about a dossier they have a conflict with.
/// </summary>
public sealed class ListMyNotifications(MyNotifications notifications, SortedLists lists)
{
    public static readonly ListOrders<Notification> Orders = new ListOrders<Notification>("notifications", n => n.Id, "-created")
        .By("created", n => n.CreatedAt)
        .By("title", n => n.Title.ToLower());

    public Task<Result<Page<NotificationResponse>>> Handle(bool unreadOnly, PageRequest page, CancellationToken ct) =>
        Handle(unreadOnly, ListSearch.None, page, ct);

    public async Task<Result<Page<NotificationResponse>>> Handle(bool unreadOnly, ListSearch search, PageRequest page, CancellationToken ct)
    {
        var query = await notifications.Query(unreadOnly, ct);
        if (search.Pattern is { } pattern)
        {
            query = query.Where(n => EF.Functions.Like(n.Title.ToLower(), pattern, "\\") || EF.Functions.Like(n.Body.ToLower(), pattern, "\\"));
        }

        return await lists.Read(Orders, query, search, n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt), page, ct);
    }
}
