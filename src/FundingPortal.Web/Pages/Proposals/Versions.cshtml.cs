using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Proposals;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class VersionsModel(ProposalQueries queries, CallReader calls, ICurrentUser user) : DossierPageModel(queries, calls, user)
{
    public override string Step => "versions";

    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var versions = await Queries.Versions(id, ct);
        Versions = versions.IsSuccess ? versions.Value : [];
        return Page();
    }
}
