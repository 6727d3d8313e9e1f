using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications;

/// <summary>Who is told: the people behind each side of a dossier (docs/notifications.md has the table).</summary>
public sealed class NotificationAudience(IAppDbContext db, IUserDirectory users)
{
    /// <summary>Every member of the lead and partner organisations of the dossier, as it is now.</summary>
    public async Task<IReadOnlyList<Guid>> Consortium(Guid proposalId, CancellationToken ct)
    {
        var organisations = await db.Proposals.AsNoTracking().Where(p => p.Id == proposalId)
            .SelectMany(p => p.Partners.Select(x => x.OrganisationId)).ToListAsync(ct);
        return (await users.MembersOfAsync(organisations, ct)).Select(u => u.UserId).ToList();
    }

    public async Task<IReadOnlyList<Guid>> Managers(CancellationToken ct) =>
        (await users.InRoleAsync(Roles.ClusterManager, ct)).Select(u => u.UserId).ToList();

    /// <summary>Experts asked to review the dossier who have not declined.</summary>
    public async Task<IReadOnlyList<Guid>> ExpertsOf(Guid proposalId, CancellationToken ct) =>
        await (from a in db.ReviewAssignments.AsNoTracking()
               join e in db.Experts.AsNoTracking() on a.ExpertId equals e.Id
               where a.ProposalId == proposalId && a.Status != AssignmentStatus.Declined
               select e.UserId).Distinct().ToListAsync(ct);

    public async Task<IReadOnlyList<Guid>> OfficersOf(IReadOnlyCollection<Guid> funderIds, CancellationToken ct) =>
        (await users.InRoleAsync(Roles.FunderOfficer, ct)).Where(u => u.FunderId is { } f && funderIds.Contains(f)).Select(u => u.UserId).ToList();

    /// <summary>Whether the user is on the cluster's side of a dossier's thread (a manager) rather than the consortium's.</summary>
    public async Task<bool> IsManager(Guid userId, CancellationToken ct) =>
        (await users.FindByIdAsync(userId, ct))?.Roles.Contains(Roles.ClusterManager) == true;
}
