using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Proposals;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class OverviewModel(ProposalQueries queries, CallReader calls, ICurrentUser user) : DossierPageModel(queries, calls, user)
{
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
            var history = await Queries.History(id, ct);
            LastScreening = history.IsSuccess ? history.Value.LastOrDefault(e => e.Action.StartsWith("screened_", StringComparison.Ordinal)) : null;
        }
    }

    public async Task<IActionResult> OnPostScreenAsync(Guid id, [FromServices] ProposalLifecycle lifecycle, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        if (!IsManager)
        {
            return Forbid();
        }

        var result = await lifecycle.Screen(id, new ScreeningRequest(Screening.Eligible, Screening.Reason), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Screening"));
            await LoadScreening(id, ct);
            return Page();
        }

        return Done(Screening.Eligible == true
            ? "Le dossier est déclaré recevable : il sera confié aux experts."
            : "Le dossier est déclaré irrecevable ; le consortium en est informé.");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(Guid id, [FromServices] ProposalLifecycle lifecycle, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        var result = await lifecycle.Withdraw(id, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return Page();
        }

        return Done("Le dossier est retiré.");
    }

    public sealed class ScreeningInput
    {
        public bool? Eligible { get; set; }
        public string? Reason { get; set; }
    }
}
