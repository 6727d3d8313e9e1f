using FundingPortal.Application.Clusters;
using FundingPortal.Application.Clusters.GetCluster;
using FundingPortal.Application.Clusters.ListCoLabellingRequests;
using FundingPortal.Application.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Clusters;

/// <summary>For a partner cluster's managers: the submitted dossiers that asked their cluster to co-label them.</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class CoLabellingRequestsModel(ListCoLabellingRequests list, ManagerScope scope, GetCluster getCluster) : PageModel
{
    public IReadOnlyList<CoLabellingRequestRow> Rows { get; private set; } = [];

    public ClusterResponse? Cluster { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Rows = await list.Handle(ct);
        if (await scope.ClusterAsync(ct) is { } own && await getCluster.Handle(own, ct) is { IsSuccess: true } cluster)
        {
            Cluster = cluster.Value;
        }

        return Page();
    }
}
