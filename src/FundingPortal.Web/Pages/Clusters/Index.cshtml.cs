using FundingPortal.Application.Clusters;
using FundingPortal.Application.Clusters.CreateCluster;
using FundingPortal.Application.Clusters.ListClusters;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Common;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Clusters;

/// <summary>The clusters of the alliance for managers; the first cluster's managers add clusters here (ADR 0029).</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class IndexModel(ListClusters list, ManagerScope scope) : PageModel
{
    private static readonly ClustersTexts Texts = new();

    public IReadOnlyList<ClusterResponse> Clusters { get; private set; } = [];

    public bool MayCreate { get; private set; }

    [BindProperty]
    public ClusterInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await Load(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] CreateCluster create, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await create.Handle(new CreateClusterRequest(Input.Name, Input.ShortName, Input.Regions), ct);
        if (result.IsSuccess)
        {
            TempData["Flash"] = Texts.Format("Created", Languages.Current, result.Value.ShortName);
            return Redirect("/gestion/poles");
        }

        if (result.Error!.Kind == ErrorKind.Forbidden)
        {
            return Forbid();
        }

        ModelState.AddError(result.Error!, field => field switch
        {
            "name" => "Input.Name",
            "shortName" => "Input.ShortName",
            "regions" => "Input.Regions",
            _ => null,
        });
        if (Input.Regions.Count == 0 && ModelState["Input.Regions"] is { Errors.Count: > 0 } regions)
        {
            regions.Errors.Clear();
            regions.Errors.Add(Texts["RegionsRequired"]);
        }

        ModelState.NameFields(key => key switch
        {
            "Input.Name" => Texts["Name"],
            "Input.ShortName" => Texts["ShortName"],
            "Input.Regions" => Texts["Regions"],
            _ => null,
        });
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Clusters = await list.Handle(ct);
        MayCreate = await scope.IsPlatformAdminAsync(ct);
    }

    public sealed class ClusterInput
    {
        public string? Name { get; set; }
        public string? ShortName { get; set; }
        public List<string> Regions { get; set; } = [];
    }
}
