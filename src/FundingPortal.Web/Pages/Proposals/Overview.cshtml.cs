using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.GetProposalHistory;
using FundingPortal.Application.Proposals.ScreenProposal;
using FundingPortal.Application.Proposals.WithdrawProposal;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class OverviewModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, GetProposalHistory getHistory) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly OverviewTexts Texts = new();

    public override string Step => "synthese";

    [BindProperty]
    public ScreeningInput Screening { get; set; } = new();

    /// <summary>The last screening decision, read from the dossier's history (a dossier found eligible keeps its status).</summary>
    public HistoryEntry? LastScreening { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        await LoadScreening(id, ct);
        return Page();
    }

    private async Task LoadScreening(Guid id, CancellationToken ct)
    {
        if (IsManager)
        {
            var history = await getHistory.Handle(id, ct);
            LastScreening = history.IsSuccess ? history.Value.LastOrDefault(e => e.Action.StartsWith("screened_", StringComparison.Ordinal)) : null;
        }
    }

    public async Task<IActionResult> OnPostScreenAsync(Guid id, [FromServices] ScreenProposal screen, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (!IsManager)
        {
            return Forbid();
        }

        if (Screening.Eligible is null)
        {
            ModelState.AddModelError("Screening.Eligible", Texts["EligibleRequired"]);
        }

        if (Screening.Eligible == false && string.IsNullOrWhiteSpace(Screening.Reason))
        {
            ModelState.AddModelError("Screening.Reason", Texts["ReasonRequired"]);
        }

        if (!ModelState.IsValid || !Confirmed)
        {
            await LoadScreening(id, ct);
            return ModelState.IsValid
                ? AskToConfirm(Texts.Format(Screening.Eligible == true ? "Confirm.EligibleHeading" : "Confirm.IneligibleHeading", Languages.Current, Dossier.Reference),
                    Screening.Eligible == true
                        ? [Texts["Confirm.EligibleNext"], Texts["Confirm.ConsortiumTold"]]
                        : [Texts["Confirm.IneligibleNext"], Texts.Format("Confirm.ConsortiumToldReason", Languages.Current, Screening.Reason!.Trim())],
                    Texts["Confirm.ScreenButton"], Texts["Confirm.ScreenUndo"])
                : Page();
        }

        var result = await screen.Handle(id, new ScreeningRequest(Screening.Eligible, Screening.Reason), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Screening"));
            await LoadScreening(id, ct);
            return Page();
        }

        return Done(Screening.Eligible == true ? Texts["DoneEligible"] : Texts["DoneIneligible"]);
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, [FromServices] WithdrawProposal withdraw, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            return AskToConfirm(Texts.Format("Confirm.WithdrawHeading", Languages.Current, Dossier.Reference),
                [Texts["Confirm.WithdrawWhat"], Texts["Confirm.WithdrawTold"]], Texts["Confirm.WithdrawButton"]);
        }

        var result = await withdraw.Handle(id, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return Done(Texts["DoneWithdrawn"]);
    }

    public sealed class ScreeningInput
    {
        public bool? Eligible { get; set; }
        public string? Reason { get; set; }
    }
}
