using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Proposals;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class ProjectModel(ProposalQueries queries, CallReader calls, ICurrentUser user) : DossierPageModel(queries, calls, user)
{
    public override string Step => "projet";

    [BindProperty]
    public ProjectInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        Input = ProjectInput.From(Dossier);
        Version = CurrentVersion;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] EditProposal edit, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await edit.UpdateFields(id, Input.ToRequest(), Expected, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
            // After a concurrent change the next save applies to the fresh version, with the typed values kept.
            ModelState.Remove(nameof(Version));
            Version = CurrentVersion;
            return Page();
        }

        return Done("Le projet est enregistré.");
    }
}
