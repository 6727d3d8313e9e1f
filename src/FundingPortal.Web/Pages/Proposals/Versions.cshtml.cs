using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.ListProposalVersions;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class VersionsModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, ListProposalVersions listVersions) : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "versions";

    public IReadOnlyList<VersionSummary> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var versions = await listVersions.Handle(id, ct);
        Versions = versions.IsSuccess ? versions.Value : [];
        return Page();
    }
}
