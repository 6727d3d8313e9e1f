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
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.CoFunding;

[Authorize(Roles = Roles.FunderOfficer)]
public sealed class RequestsModel(ListProposals listProposals, ListCalls listCalls, GetCallFundingSummary summaries, ListMyPendingRequests pending) : PageModel
{
    private IReadOnlyList<CallSummary> _calls = [];

    public IReadOnlyList<ProposalSummary> Dossiers { get; private set; } = [];
    public IReadOnlyList<PendingFundingRequestDto> ToDo { get; private set; } = [];
    public List<CallFundingSummaryResponse> Summaries { get; } = [];

    public string CallTitle(Guid id) => _calls.FirstOrDefault(c => c.Id == id)?.Title ?? string.Empty;

    public async Task OnGetAsync(CancellationToken ct)
    {
        ToDo = await pending.Handle(ct);
        // The list is already limited to the dossiers that requested this officer's funder.
        Dossiers = await ListPages.All(page => listProposals.Handle(new ProposalFilter(), page, ct));
        _calls = await ListPages.All(page => listCalls.Handle(page, ct));
        foreach (var callId in Dossiers.Select(d => d.CallId).Distinct())
        {
            var summary = await summaries.Handle(callId, ct);
            if (summary.IsSuccess)
            {
                Summaries.Add(summary.Value);
            }
        }
    }
}
