using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Clusters;

/// <summary>
/// The one place that says which calls a manager acts on: those of their own cluster (ADR 0029). Every manager check
/// on a call or on a dossier asks here, so another cluster's objects answer 404 like anything else one may not see.
/// A manager never placed in a cluster belongs to the first one.
/// </summary>
public sealed class ManagerScope(ICurrentUser user, IAppDbContext db)
{
    private Guid? _cluster;

    public bool IsManager => user.IsInRole(Roles.ClusterManager);

    /// <summary>The cluster the caller manages; null for anyone else.</summary>
    public async Task<Guid?> ClusterAsync(CancellationToken ct)
    {
        if (!IsManager)
        {
            return null;
        }

        _cluster ??= await db.ManagerMemberships.AsNoTracking().Where(m => m.UserId == user.UserId).Select(m => (Guid?)m.ClusterId).FirstOrDefaultAsync(ct)
            ?? Cluster.FirstId;
        return _cluster;
    }

    /// <summary>Managers of the first cluster administer the platform: they create clusters and place managers in any of them.</summary>
    public async Task<bool> IsPlatformAdminAsync(CancellationToken ct) => await ClusterAsync(ct) == Cluster.FirstId;

    public async Task<bool> ManagesCallAsync(Guid callId, CancellationToken ct) =>
        IsManager && await ManagedCalls().AnyAsync(c => c.Id == callId, ct);

    /// <summary>The calls a manager acts on (none for anyone else), as one query to compose with others.</summary>
    public IQueryable<Call> ManagedCalls()
    {
        if (!IsManager)
        {
            return db.Calls.Where(_ => false);
        }

        var userId = user.UserId;
        var own = db.ManagerMemberships.Where(m => m.UserId == userId).Select(m => m.ClusterId);
        return db.Calls.Where(c => own.Contains(c.ClusterId) || (!own.Any() && c.ClusterId == Cluster.FirstId));
    }

    /// <summary>The dossiers of the calls a manager acts on (none for anyone else).</summary>
    public IQueryable<Proposal> ManagedProposals()
    {
        var calls = ManagedCalls().Select(c => c.Id);
        return db.Proposals.Where(p => calls.Contains(p.CallId));
    }

    /// <summary>The calls a manager acts on; every call for anyone else (their own rules then apply).</summary>
    public IQueryable<Call> Calls() => IsManager ? ManagedCalls() : db.Calls;

    /// <summary>The submitted dossiers that asked the caller's cluster to co-label them (read-only for its managers).</summary>
    public IQueryable<Guid> CoLabellingProposalIds()
    {
        if (!IsManager)
        {
            return db.CoLabellingRequests.Where(_ => false).Select(r => r.ProposalId);
        }

        var userId = user.UserId;
        var own = db.ManagerMemberships.Where(m => m.UserId == userId).Select(m => m.ClusterId);
        return db.CoLabellingRequests
            .Where(r => own.Contains(r.ClusterId) || (!own.Any() && r.ClusterId == Cluster.FirstId))
            .Join(db.Proposals.Where(p => CoLabellingStatuses.Contains(p.Status)), r => r.ProposalId, p => p.Id, (r, _) => r.ProposalId);
    }

    /// <summary>A dossier is shown to the clusters it asked once its full version is submitted, and until it is withdrawn.</summary>
    public static readonly ProposalStatus[] CoLabellingStatuses =
    [
        ProposalStatus.Submitted, ProposalStatus.Ineligible, ProposalStatus.UnderReview, ProposalStatus.Reviewed, ProposalStatus.Labelled,
        ProposalStatus.NotLabelled, ProposalStatus.Deferred, ProposalStatus.FundingRequested, ProposalStatus.Funded, ProposalStatus.PartiallyFunded,
        ProposalStatus.NotFunded,
    ];
}
