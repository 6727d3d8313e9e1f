using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListProposals;

public sealed class ListProposals(IAppDbContext db, ICurrentUser user, IEnumerable<IProposalListFilter> listFilters, CreatedAtKeyset keyset)
{
    public async Task<Result<Page<ProposalSummary>>> Handle(Guid? callId, ProposalStatus? status, PageRequest page, CancellationToken ct)
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
        var read = await keyset.Read("proposals", query, p => p.CreatedAt, p => p.Id, p => new
        {
            Summary = new ProposalSummary(p.Id, p.Reference, p.CallId, p.Acronym, p.Title, p.Status, p.LeadOrganisationId,
                db.Organisations.Where(o => o.Id == p.LeadOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "", p.LatestVersion, p.LastSubmittedAt,
                p.UpdatedAt),
            IsMember = memberOf != null && p.Partners.Any(x => x.OrganisationId == memberOf),
        }, page, ct);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var rows = read.Value.Items;

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

        return new Page<ProposalSummary>(rows.Where(r => r.IsMember || !hidden.Contains(r.Summary.Id)).Select(r => r.Summary).ToList(), read.Value.NextCursor);
    }
}
