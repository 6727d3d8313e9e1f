using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees;

/// <summary>
/// Who may sit on a call's committee: the managers of the call's own cluster whose address is confirmed (their role
/// includes it; ADR 0029: a manager without a membership belongs to the first cluster), and the people who accepted an
/// invitation to that call's committee and still hold the CommitteeMember role. Nobody else: a seat on a committee is
/// never given without the person's yes, and another cluster's managers have no say on this cluster's labels.
/// </summary>
public sealed class CommitteeEligibility(IAppDbContext db, IUserDirectory users)
{
    public async Task<IReadOnlyList<UserSummary>> For(Guid callId, CancellationToken ct)
    {
        var cluster = await db.Calls.AsNoTracking().Where(c => c.Id == callId).Select(c => c.ClusterId).FirstOrDefaultAsync(ct);
        var memberships = await db.ManagerMemberships.AsNoTracking().ToDictionaryAsync(m => m.UserId, m => m.ClusterId, ct);
        var managers = (await users.InRoleAsync(Roles.ClusterManager, ct))
            .Where(u => u.EmailConfirmed && memberships.GetValueOrDefault(u.UserId, Cluster.FirstId) == cluster);
        var accepted = await db.Invitations.AsNoTracking()
            .Where(i => i.CallId == callId && i.Kind == InvitationKind.Committee && i.Status == InvitationStatus.Accepted && i.AnsweredByUserId != null)
            .Select(i => i.AnsweredByUserId!.Value).Distinct().ToListAsync(ct);
        var external = (await users.InRoleAsync(Roles.CommitteeMember, ct)).Where(u => u.EmailConfirmed && accepted.Contains(u.UserId));
        return managers.Concat(external).DistinctBy(u => u.UserId).OrderBy(u => u.Email, StringComparer.Ordinal).ToList();
    }
}
