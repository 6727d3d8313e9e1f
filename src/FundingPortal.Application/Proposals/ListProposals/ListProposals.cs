using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Paging;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals.ListProposals;

/// <summary>
/// A page of the dossiers the caller may see, newest first or by reference, acronym or last change, with how many match
/// over all pages.
/// </summary>
public sealed class ListProposals(IAppDbContext db, ICurrentUser user, VisibleProposals visible, IPageCursors cursors, CountProposals.CountProposals count)
{
    public static readonly ListOrders<Proposal> Orders = new ListOrders<Proposal>("proposals", p => p.Id, "-created")
        .By("created", p => p.CreatedAt)
        .By("updated", p => p.UpdatedAt)
        .By("reference", p => p.Reference)
        .By("acronym", p => p.Acronym.ToLower());

    public Task<Result<Page<ProposalSummary>>> Handle(ProposalFilter filter, PageRequest page, CancellationToken ct) =>
        Handle(filter, ListSearch.None, page, ct);

    public async Task<Result<Page<ProposalSummary>>> Handle(ProposalFilter filter, ListSearch search, PageRequest page, CancellationToken ct)
    {
        var order = Orders.Parse(search.Sort);
        if (!order.IsSuccess)
        {
            return order.Error!;
        }

        var memberOf = user.OrganisationId;
        var read = await order.Value.Read(visible.Query(filter, search), p => new
        {
            Summary = new ProposalSummary(p.Id, p.Reference, p.CallId, p.Acronym, p.Title, p.Status, p.LeadOrganisationId,
                db.Organisations.Where(o => o.Id == p.LeadOrganisationId).Select(o => o.Name).FirstOrDefault() ?? "", p.LatestVersion, p.LastSubmittedAt,
                p.UpdatedAt),
            IsMember = memberOf != null && p.Partners.Any(x => x.OrganisationId == memberOf),
            TwoStage = db.Calls.Any(c => c.Id == p.CallId && c.PreProposal != null),
        }, page, cursors, ct);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var rows = read.Value.Items;

        // Dossiers seen through another relation (an expert's assignment) may be hidden by it (a conflict of interest).
        var hidden = await visible.HiddenAmong(rows.Where(r => !r.IsMember).Select(r => r.Summary.Id).ToList(), ct);
        return new Page<ProposalSummary>(rows.Where(r => r.IsMember || !hidden.Contains(r.Summary.Id))
            .Select(r => r.Summary with { Stage = Proposal.StageOf(r.TwoStage, r.Summary.Status) }).ToList(), read.Value.NextCursor)
        {
            Total = await count.Handle(filter, search, ct),
        };
    }
}
