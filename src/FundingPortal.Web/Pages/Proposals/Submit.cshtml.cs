using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.SubmitProposal;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class SubmitModel(GetProposal getProposal, GetCall getCall, ICurrentUser user) : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "depot";

    /// <summary>One key per rendered form: a double click or a resent form returns the same receipt instead of a second version.</summary>
    [BindProperty]
    public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString("N");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] SubmitProposal submit, CancellationToken ct)
    {
        var result = await submit.Handle(id, $"web-{IdempotencyKey}", ct);
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            ModelState.AddError(result.Error!);
            IdempotencyKey = Guid.NewGuid().ToString("N");
            return await Load(id, ct) ? Page() : NotFound();
        }

        return Redirect($"/dossiers/{id}/versions/{result.Value.Version}?depose=1");
    }
}
