using FundingPortal.Application.Calls;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Proposals;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Manager;

[Authorize(Roles = Roles.ClusterManager)]
public sealed class DashboardModel(CallReader calls, ProposalQueries queries) : PageModel
{
    private Dictionary<(Guid, ProposalStatus), int> _counts = [];

    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];

    /// <summary>The statuses that occur, in lifecycle order, so the table has no empty columns.</summary>
    public IReadOnlyList<ProposalStatus> Statuses { get; private set; } = [];

    public int Count(Guid callId, ProposalStatus status) => _counts.GetValueOrDefault((callId, status));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Calls = await calls.List(ct);
        var dossiers = await queries.List(null, null, ct);
        _counts = dossiers.GroupBy(d => (d.CallId, d.Status)).ToDictionary(g => g.Key, g => g.Count());
        Statuses = Enum.GetValues<ProposalStatus>().Where(s => s is ProposalStatus.Draft or ProposalStatus.Submitted || dossiers.Any(d => d.Status == s)).ToList();
    }
}
