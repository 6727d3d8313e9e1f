using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListMyNotifications;

public sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The caller's own notifications, newest first; an expert no longer sees those about a dossier they have a conflict with.</summary>
public sealed class ListMyNotifications(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted, CreatedAtKeyset keyset)
{
    public async Task<Result<Page<NotificationResponse>>> Handle(bool unreadOnly, PageRequest page, CancellationToken ct)
    {
        var query = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        if (user.ExpertId is { } expertId)
        {
            var dossiers = await query.Where(n => n.ProposalId != null).Select(n => n.ProposalId!.Value).Distinct().ToListAsync(ct);
            var hidden = (await conflicted.Among(expertId, dossiers, ct)).ToList();
            query = query.Where(n => n.ProposalId == null || !hidden.Contains(n.ProposalId.Value));
        }

        return await keyset.Read("notifications", query, n => n.CreatedAt, n => n.Id,
            n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt), page, ct);
    }
}
