using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListMyNotifications;

public sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The caller's own notifications, newest first; an expert no longer sees those about a dossier they have a conflict with.</summary>
public sealed class ListMyNotifications(MyNotifications notifications, CreatedAtKeyset keyset)
{
    public async Task<Result<Page<NotificationResponse>>> Handle(bool unreadOnly, PageRequest page, CancellationToken ct)
    {
        var query = await notifications.Query(unreadOnly, ct);
        return await keyset.Read("notifications", query, n => n.CreatedAt, n => n.Id,
            n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt), page, ct);
    }
}
