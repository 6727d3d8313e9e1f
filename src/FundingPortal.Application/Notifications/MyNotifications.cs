using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications;

/// <summary>
/// The caller's notifications as the list and the navigation's counts both read them: an expert no longer sees those
/// about a dossier they have a conflict of interest with.
/// </summary>
public sealed class MyNotifications(IAppDbContext db, ICurrentUser user, ConflictedProposals conflicted)
{
    public async Task<IQueryable<Notification>> Query(bool unreadOnly, CancellationToken ct)
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

        return query;
    }
}
