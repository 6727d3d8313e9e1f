using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.CoFunding;
using FundingPortal.Application.CoFunding.GetCallFundingSummary;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.ListProposals;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.CoFunding;

[Authorize(Roles = Roles.ClusterManager)]
public sealed class CoFundingModel(ListCalls listCalls, GetCallFundingSummary summaries, ListProposals listProposals) : PageModel
{
    private static readonly ProposalStatus[] Funding =
        [ProposalStatus.Labelled, ProposalStatus.FundingRequested, ProposalStatus.Funded, ProposalStatus.PartiallyFunded, ProposalStatus.NotFunded];

    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public Guid? CallId { get; private set; }
    public CallFundingSummaryResponse? Summary { get; private set; }
    public IReadOnlyList<ProposalSummary> Dossiers { get; private set; } = [];

    public async Task OnGetAsync([FromQuery(Name = "appel")] Guid? callId, CancellationToken ct)
    {
        Calls = await ListPages.All(page => listCalls.Handle(page, ct));
        CallId = callId ?? Calls.Where(c => c.Status == Domain.Calls.CallStatus.Closed).OrderByDescending(c => c.SubmissionDeadline.Utc).Select(c => (Guid?)c.Id).FirstOrDefault()
            ?? Calls.FirstOrDefault()?.Id;
        if (CallId is { } id)
        {
            var summary = await summaries.Handle(id, ct);
            Summary = summary.IsSuccess ? summary.Value : null;
            Dossiers = (await ListPages.All(page => listProposals.Handle(new ProposalFilter(id), page, ct))).Where(p => Funding.Contains(p.Status)).ToList();
        }
    }
}
