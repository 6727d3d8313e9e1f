using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.ListProposals;
using FundingPortal.Application.Proposals.ShortlistProposal;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using static FundingPortal.Web.Formatting.RequestText;

namespace FundingPortal.Web.Pages.Calls;

/// <summary>A manager shortlists the pre-proposals of a two-stage call once its pre-proposal deadline has passed.</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class ShortlistModel(GetCall getCall, ListProposals listProposals, TimeProvider clock) : PageModel
{
    private static readonly ShortlistTexts Texts = new();

    public CallResponse Call { get; private set; } = null!;
    public IReadOnlyList<ProposalSummary> ToDecide { get; private set; } = [];
    public IReadOnlyList<ProposalSummary> Decided { get; private set; } = [];
    public bool StageOpen => clock.GetUtcNow() < Call.PreProposal!.Deadline.Utc;

    [BindProperty]
    public Guid ProposalId { get; set; }

    [BindProperty]
    public bool? Invited { get; set; }

    [BindProperty]
    public string? Feedback { get; set; }

    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public static string FieldId(Guid proposalId, string field) => $"{field}_{proposalId:N}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] ShortlistProposal shortlist, CancellationToken ct)
    {
        if (!await Load(id, ct) || ToDecide.FirstOrDefault(p => p.Id == ProposalId) is not { } dossier)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Invited is not { } invited)
        {
            ModelState.AddModelError(FieldId(ProposalId, nameof(Invited)), Texts["ChooseDecision"]);
            return Page();
        }

        if (!Confirmed && (invited || !string.IsNullOrWhiteSpace(Feedback)))
        {
            var language = Languages.Current;
            Confirm = new ConfirmStep(
                Texts.Format(invited ? "ConfirmInvite" : "ConfirmDecline", language, dossier.Acronym),
                [
                    invited ? Texts.Format("ConsequenceInvite", language, Format.DateAndTime(Call.SubmissionDeadline.Utc)) : Texts["ConsequenceDecline"],
                    Texts["ConsequenceTold"],
                ],
                Texts["ConfirmButton"], $"/appels/{id}/preselection", ConfirmStep.SameAction(Request), ConfirmStep.Repost(Request.Form));
            return Page();
        }

        var result = await shortlist.Handle(ProposalId, new ShortlistRequest(invited, Feedback), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => field switch
            {
                "feedback" => FieldId(ProposalId, nameof(Feedback)),
                "invited" => FieldId(ProposalId, nameof(Invited)),
                _ => null,
            });
            return Page();
        }

        TempData["Flash"] = Texts.Format("Recorded", Languages.Current, dossier.Acronym, Labels.Status(result.Value.Status));
        return Redirect($"/appels/{id}/preselection");
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var call = await getCall.Handle(id, ct);
        if (!call.IsSuccess || call.Value.PreProposal is null)
        {
            return false;
        }

        Call = call.Value;
        var dossiers = await ListPages.All(page => listProposals.Handle(new ProposalFilter(id), page, ct));
        ToDecide = dossiers.Where(p => p.Status == ProposalStatus.PreProposalSubmitted).OrderBy(p => p.Reference, StringComparer.Ordinal).ToList();
        // Past the shortlist: invited (then submitted, reviewed…) or not invited.
        Decided = dossiers.Where(p => p.Status is not (ProposalStatus.Draft or ProposalStatus.PreProposalSubmitted or ProposalStatus.Withdrawn))
            .OrderBy(p => p.Reference, StringComparer.Ordinal).ToList();
        return true;
    }
}
