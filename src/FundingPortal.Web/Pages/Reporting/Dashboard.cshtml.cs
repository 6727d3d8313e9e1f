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

    private static readonly DashboardTexts Texts = new();

    /// <summary>A call's milestone in the request's language (an unknown one as its name).</summary>
    public string Milestone(string name) => Texts.Contains("Milestone" + name) ? Texts["Milestone" + name] : name;

    public async Task OnGetAsync(CancellationToken ct) => Dashboard = await dashboard.Handle(ct);
}
