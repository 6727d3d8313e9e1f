using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals;

public sealed record EligibilityResponse(bool Eligible, IReadOnlyList<EligibilityIssue> Issues);

public sealed record VersionSummary(int Version, DateTimeOffset SubmittedAt, string Sha256, string ReceiptNumber);

public sealed record HistoryEntry(int Sequence, DateTimeOffset OccurredAt, Guid? ActorUserId, string Action, string? FromState, string? ToState,
    string? Details, string PreviousHash, string Hash);

public sealed record ChainVerification(bool Valid, int Entries, int? BrokenAtSequence);

public sealed class ProposalQueries(IAppDbContext db, ICurrentUser user, ProposalContextLoader loader, ProposalAccess access,
    IEnumerable<IProposalListFilter> listFilters, TimeProvider clock)
{
    public async Task<Result<ProposalResponse>> Get(Guid id, CancellationToken ct)
    {
        var visible = await LoadVisible(id, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var (context, relation) = visible.Value;
        var isInsider = relation is ProposalRelation.Manager || ProposalAccess.IsConsortium(relation);
        var showBudgets = isInsider || relation == ProposalRelation.FunderOfficer || !context.Call.HideBudgetFromExperts;
        return ProposalResponse.From(context, clock.GetUtcNow(), showBudgets, showInternals: isInsider);
    }

    public async Task<Result<EligibilityResponse>> Eligibility(Guid id, CancellationToken ct)
    {
        var visible = await LoadVisible(id, ct);
        if (!visible.IsSuccess)
        {
            return visible.Error!;
        }

        var (context, relation) = visible.Value;
        if (relation != ProposalRelation.Manager && !ProposalAccess.IsConsortium(relation))
        {
            return ProposalAccess.Hidden();
        }

        var issues = context.Issues(clock.GetUtcNow());
        return new EligibilityResponse(issues.Count == 0, issues);
    }

    public async Task<Result<IReadOnlyList<VersionSummary>>> Versions(Guid id, CancellationToken ct)
    {
        var insider = await EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        return await db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == id).OrderBy(v => v.Number)
            .Select(v => new VersionSummary(v.Number, v.SubmittedAt, v.Sha256, v.ReceiptNumber)).ToListAsync(ct);
    }

    public async Task<Result<string>> Snapshot(Guid id, int version, CancellationToken ct)
    {
        var insider = await EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var snapshot = await db.ProposalVersions.AsNoTracking().Where(v => v.ProposalId == id && v.Number == version).Select(v => v.SnapshotJson).FirstOrDefaultAsync(ct);
        return snapshot is null ? Error.NotFound("Version") : snapshot;
    }

    public async Task<Result<IReadOnlyList<HistoryEntry>>> History(Guid id, CancellationToken ct)
    {
        var insider = await EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        return await db.AuditEntries.AsNoTracking().Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == id).OrderBy(a => a.Sequence)
            .Select(a => new HistoryEntry(a.Sequence, a.OccurredAt, a.ActorUserId, a.Action, a.FromState, a.ToState, a.Details, a.PreviousHash, a.Hash))
            .ToListAsync(ct);
    }

    public async Task<Result<ChainVerification>> VerifyHistory(Guid id, CancellationToken ct)
    {
        var insider = await EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == id).OrderBy(a => a.Sequence).ToListAsync(ct);
        var broken = Domain.Audit.AuditEntry.FindBrokenLink(entries);
        return new ChainVerification(broken is null, entries.Count, broken);
    }

    public async Task<IReadOnlyList<ProposalSummary>> List(Guid? callId, ProposalStatus? status, CancellationToken ct)
    {
        var query = db.Proposals.AsNoTracking();
        if (!user.IsInRole(Roles.ClusterManager))
        {
            var organisationId = user.OrganisationId;
            var extra = listFilters.Select(f => f.VisibleTo(user)).Aggregate((IQueryable<Guid>?)null, (all, next) => all is null ? next : all.Union(next));
            query = extra is null
                ? query.Where(p => organisationId != null && p.Partners.Any(x => x.OrganisationId == organisationId))
                : query.Where(p => (organisationId != null && p.Partners.Any(x => x.OrganisationId == organisationId)) || extra.Contains(p.Id));
        }

        if (callId is { } c)
        {
            query = query.Where(p => p.CallId == c);
        }

        if (status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        var memberOf = user.OrganisationId;
        var rows = await query.OrderByDescending(p => p.UpdatedAt).Take(1000)
            .Select(p => new
            {
                Summary = new ProposalSummary(p.Id, p.Reference, p.CallId, p.Acronym, p.Title, p.Status, p.LeadOrganisationId,
                    db.Organisations.Where(o => o.Id == p.LeadOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "", p.LatestVersion, p.LastSubmittedAt,
                    p.UpdatedAt),
                IsMember = memberOf != null && p.Partners.Any(x => x.OrganisationId == memberOf),
            })
            .ToListAsync(ct);

        // Dossiers seen through another relation (an expert's assignment) may be hidden by it (a conflict of interest).
        var throughOthers = rows.Where(r => !r.IsMember).Select(r => r.Summary.Id).ToList();
        var hidden = new HashSet<Guid>();
        if (!user.IsInRole(Roles.ClusterManager))
        {
            foreach (var filter in listFilters)
            {
                hidden.UnionWith(await filter.HiddenAmong(user, throughOthers, ct));
            }
        }

        return rows.Where(r => r.IsMember || !hidden.Contains(r.Summary.Id)).Select(r => r.Summary).ToList();
    }

    public async Task<Result<(ProposalContext Context, ProposalRelation Relation)>> LoadVisible(Guid id, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(id, track: false, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        return (await loader.Complete(proposal, ct), relation);
    }

    private async Task<Result> EnsureInsider(Guid id, CancellationToken ct)
    {
        var proposal = await db.Proposals.AsNoTracking().Include(p => p.Partners).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        return relation == ProposalRelation.Manager || ProposalAccess.IsConsortium(relation) ? Result.Success() : ProposalAccess.Hidden();
    }
}

/// <summary>Extra dossiers a non-manager may list (an expert's assignments, a funder officer's requests).</summary>
public interface IProposalListFilter
{
    IQueryable<Guid> VisibleTo(ICurrentUser user);

    /// <summary>Among dossiers the caller reaches only through other relations, those this relation hides from them.</summary>
    Task<IReadOnlySet<Guid>> HiddenAmong(ICurrentUser user, IReadOnlyCollection<Guid> proposalIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlySet<Guid>>(new HashSet<Guid>());
}
