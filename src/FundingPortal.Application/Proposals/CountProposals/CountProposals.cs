using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Application.Proposals.ListProposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.CountProposals;

/// <summary>How many dossiers the list shows with this filter, over all its pages ("23 dossiers").</summary>
public sealed class CountProposals(ICurrentUser user, VisibleProposals visible)
{
    public async Task<int> Handle(ProposalFilter filter, ListSearch search, CancellationToken ct)
    {
        var memberOf = user.OrganisationId;
        var rows = await visible.Query(filter, search).Select(p => new { p.Id, IsMember = memberOf != null && p.Partners.Any(x => x.OrganisationId == memberOf) })
            .ToListAsync(ct);
        var hidden = await visible.HiddenAmong(rows.Where(r => !r.IsMember).Select(r => r.Id).ToList(), ct);
        return rows.Count(r => r.IsMember || !hidden.Contains(r.Id));
    }
}
