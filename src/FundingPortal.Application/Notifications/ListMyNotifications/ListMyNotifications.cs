using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.ListMyNotifications;

public sealed record NotificationResponse(Guid Id, string Title, string Body, string? Link, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>The caller's own notifications, newest first; an expert no longer sees those about a dossier they have a conflict with.</summary>
public sealed class ListMyNotifications(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted)
{
    public const int MaxItems = 200;

    public async Task<IReadOnlyList<NotificationResponse>> Handle(bool unreadOnly, CancellationToken ct)
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

        return await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(MaxItems)
            .Select(n => new NotificationResponse(n.Id, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
    }
}
