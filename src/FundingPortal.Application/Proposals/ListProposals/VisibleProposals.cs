using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListProposals;

/// <summary>
/// The dossiers the caller may list (managers: those of their cluster's calls and the submitted ones that asked their cluster to co-label; others: their organisation's, plus those another relation shows —
/// an expert's assignments, a funder's requests — less those that relation hides), narrowed by a filter. Shared by the
/// list and its count so that "23 dossiers" counts exactly what the pages show.
/// </summary>
public sealed class VisibleProposals(IAppDbContext db, ICurrentUser user, ManagerScope managers, IEnumerable<IProposalListFilter> listFilters)
{
    /// <param name="search">Words found in the reference, acronym or title (<see cref="ListSearch.Pattern"/>).</param>
    public IQueryable<Proposal> Query(ProposalFilter filter, ListSearch search)
    {
        var query = db.Proposals.AsNoTracking();
        if (managers.IsManager)
        {
            var managed = managers.ManagedCalls().Select(c => c.Id);
            var coLabelling = managers.CoLabellingProposalIds();
            query = query.Where(p => managed.Contains(p.CallId) || coLabelling.Contains(p.Id));
        }
        else
        {
            var organisationId = user.OrganisationId;
            var extra = listFilters.Select(f => f.VisibleTo(user)).Aggregate((IQueryable<Guid>?)null, (all, next) => all is null ? next : all.Union(next));
            query = extra is null
                ? query.Where(p => organisationId != null && p.Partners.Any(x => x.OrganisationId == organisationId))
                : query.Where(p => (organisationId != null && p.Partners.Any(x => x.OrganisationId == organisationId)) || extra.Contains(p.Id));
        }

        if (filter.CallId is { } c)
        {
            query = query.Where(p => p.CallId == c);
        }

        if (filter.Status is { } s)
        {
            query = query.Where(p => p.Status == s);
        }

        if (search.Pattern is { } pattern)
        {
            query = query.Where(p => EF.Functions.Like(p.Reference.ToLower(), pattern, "\\") || EF.Functions.Like(p.Acronym.ToLower(), pattern, "\\")
                || EF.Functions.Like(p.Title.ToLower(), pattern, "\\"));
        }

        return query;
    }

    /// <summary>Among dossiers seen through another relation than membership, those that relation hides (a conflict of interest).</summary>
    public async Task<HashSet<Guid>> HiddenAmong(IReadOnlyCollection<Guid> throughOthers, CancellationToken ct)
    {
        var hidden = new HashSet<Guid>();
        if (user.IsInRole(Roles.ClusterManager) || throughOthers.Count == 0)
        {
            return hidden;
        }

        foreach (var filter in listFilters)
        {
            hidden.UnionWith(await filter.HiddenAmong(user, throughOthers, ct));
        }

        return hidden;
    }
}
