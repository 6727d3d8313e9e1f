using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.CoFunding.GetCallFundingSummary;
using FundingPortal.Application.CoFunding.ListMyPendingRequests;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.ListProposals;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.CoFunding;

[Authorize(Roles = Roles.FunderOfficer)]
public sealed class RequestsModel(ListProposals listProposals, ListCalls listCalls, GetCallFundingSummary summaries, ListMyPendingRequests pending) : PageModel
{
    private IReadOnlyList<CallSummary> _calls = [];

    public static IReadOnlyList<(string Value, string LabelKey)> Orders => Proposals.IndexModel.Orders;

    public IReadOnlyList<ProposalSummary> Dossiers { get; private set; } = [];
    public string? NextCursor { get; private set; }
    public ListBar Bar { get; private set; } = null!;
    public IReadOnlyList<PendingFundingRequestDto> ToDo { get; private set; } = [];
    public List<CallFundingSummaryResponse> Summaries { get; } = [];

    public string CallTitle(Guid id) => _calls.FirstOrDefault(c => c.Id == id)?.Title ?? string.Empty;

    public async Task OnGetAsync([FromQuery(Name = ListBar.SearchParameter)] string? search, [FromQuery(Name = ListBar.SortParameter)] string? sort,
        string? cursor, CancellationToken ct)
    {
        ToDo = await pending.Handle(ct);

        // The list is already limited to the dossiers that requested this officer's funder.
        var bar = new ListBar("ProposalList.Search", ListBar.WordsOf(search), ListBar.SortOf(sort, Orders), Orders, 0);
        var dossiers = await ListPages.One(cursor, page => listProposals.Handle(new ProposalFilter(), bar.Search, page, ct));
        (Dossiers, NextCursor) = (dossiers.Items, dossiers.NextCursor);
        Bar = bar with { Total = dossiers.Total ?? dossiers.Items.Count };
        _calls = await ListPages.All(page => listCalls.Handle(page, ct));
        var requested = await ListPages.All(page => listProposals.Handle(new ProposalFilter(), page, ct));
        foreach (var callId in requested.Select(d => d.CallId).Distinct())
        {
            var summary = await summaries.Handle(callId, ct);
            if (summary.IsSuccess)
            {
                Summaries.Add(summary.Value);
            }
        }
    }
}
