using FundingPortal.Application.Common;
using FundingPortal.Application.Reporting;
using FundingPortal.Application.Reporting.GetDashboard;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Reporting;

[Authorize(Roles = Roles.ClusterManager)]
public sealed class DashboardModel(GetDashboard dashboard) : PageModel
{
    public DashboardResponse? Dashboard { get; private set; }

    public string Milestone(string name) => name switch
    {
        "opensAt" => "ouverture des dépôts",
        "submissionDeadline" => "date limite de dépôt",
        "reviewDeadline" => "fin de l'évaluation",
        "committeeDate" => "comité de labellisation",
        "fundingDecisionDeadline" => "décisions de financement",
        _ => name,
    };

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await dashboard.Handle(ct);
}
