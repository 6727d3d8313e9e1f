using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Proposals.CarryOverProposal;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>The lead of a deferred or not-labelled dossier starts a new draft of it in another open call.</summary>
public sealed class CarryOverModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, ListCalls listCalls) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly CarryOverTexts Texts = new();

    public override string Step => "synthese";

    [BindProperty]
    public Guid? CallId { get; set; }

    public IReadOnlyList<CallSummary> OpenCalls { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => Show(id, ct);

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] CarryOverProposal carryOver, CancellationToken ct)
    {
        if (!await Load(id, ct) || !MayCarryOver)
        {
            return NotFound();
        }

        if (CallId is not { } callId)
        {
            ModelState.AddModelError(nameof(CallId), Texts["ChooseCall"]);
            return await Show(id, ct);
        }

        var result = await carryOver.Handle(id, new CarryOverRequest(callId), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into(nameof(CallId)));
            return await Show(id, ct);
        }

        return Done(Texts["Done"], $"/dossiers/{result.Value.Id}");
    }

    private async Task<IActionResult> Show(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct) || !MayCarryOver)
        {
            return NotFound();
        }

        var calls = await ListPages.All(page => listCalls.Handle(page, ct));
        OpenCalls = calls.Where(c => c.Status == Domain.Calls.CallStatus.Open && c.Id != Dossier.CallId).OrderBy(c => c.SubmissionDeadline.Utc).ToList();
        return Page();
    }
}
