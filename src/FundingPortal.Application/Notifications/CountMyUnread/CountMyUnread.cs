using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.CountMyUnread;

/// <param name="Messages">Among the unread notifications, those about a message in a dossier's thread.</param>
public sealed record UnreadCounts(int Notifications, int Messages);

/// <summary>
/// What the navigation shows on every page: the caller's unread notifications and, among them, unread messages. Counted as
/// <c>ListMyNotifications</c> lists them (an expert's notifications about a conflicted dossier are not counted).
/// </summary>
public sealed class CountMyUnread(ICurrentUser user, MyNotifications notifications)
{
    public async Task<UnreadCounts> Handle(CancellationToken ct)
    {
        if (user.UserId == Guid.Empty)
        {
            return new UnreadCounts(0, 0);
        }

        var query = await notifications.Query(unreadOnly: true, ct);
        // One round trip, at most two rows (messages, the rest), and no row limit for EF to warn about.
        var byKind = await query.GroupBy(n => n.Link != null && n.Link.EndsWith("/messages"))
            .Select(g => new { IsMessage = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var messages = byKind.Where(k => k.IsMessage).Sum(k => k.Count);
        return new UnreadCounts(byKind.Sum(k => k.Count), messages);
    }
}
