using FundingPortal.Application.Committees;
using FundingPortal.Application.Committees.CloseCommitteeSession;
using FundingPortal.Application.Committees.GetCommitteeSession;
using FundingPortal.Application.Committees.RecordCommitteeVote;
using FundingPortal.Application.Committees.RecordRecusal;
using FundingPortal.Application.Common;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Labelling;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Committees;

/// <summary>One committee session: its agenda with a vote form per dossier, the recusals, and the close (with a confirmation step).</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class SessionModel(GetCommitteeSession getSession) : PageModel
{
    private static readonly CommitteeTexts Texts = new();

    public CommitteeSessionResponse Session { get; private set; } = null!;

    [BindProperty]
    public VoteInput Vote { get; set; } = new();

    [BindProperty]
    public RecusalInput Recusal { get; set; } = new();

    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostVoteAsync(Guid id, [FromServices] RecordCommitteeVote record, CancellationToken ct)
    {
        var result = await record.Handle(id, new CommitteeVoteRequest(Vote.ProposalId, Vote.Outcome, Vote.VotesFor, Vote.VotesAgainst, Vote.Abstentions, Vote.Motivation), ct);
        return await After(id, result, Texts["VoteRecorded"], "Vote", ct);
    }

    public async Task<IActionResult> OnPostRecuseAsync(Guid id, [FromServices] RecordRecusal recuse, CancellationToken ct)
    {
        var result = await recuse.Handle(id, new RecusalRequest(Recusal.UserId, Recusal.ProposalId, Recusal.Reason), ct);
        return await After(id, result, Texts["Recused"], "Recusal", ct);
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id, [FromServices] CloseCommitteeSession close, CancellationToken ct)
    {
        if (!Confirmed)
        {
            if (!await Load(id, ct))
            {
                return NotFound();
            }

            Confirm = new ConfirmStep(Texts.Format("Confirm.CloseHeading", Languages.Current, RequestText.Format.DateAndTime(Session.StartsAt.Utc)),
                [Texts["Confirm.CloseDecisions"], Texts["Confirm.CloseTold"]], Texts["Confirm.CloseButton"], Request.Path, ConfirmStep.SameAction(Request),
                ConfirmStep.Repost(Request.Form));
            return Page();
        }

        return await After(id, await close.Handle(id, ct), Texts["Closed"], "Close", ct);
    }

    private async Task<IActionResult> After(Guid id, Result<CommitteeSessionResponse> result, string done, string prefix, CancellationToken ct)
    {
        if (result.IsSuccess)
        {
            TempData["Flash"] = done;
            return Redirect(Request.Path);
        }

        if (result.Error!.Code == "not_found" && !await Load(id, ct))
        {
            return NotFound();
        }

        ModelState.AddError(result.Error, ModelStateErrors.Into(prefix));
        return await Load(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var found = await getSession.Handle(id, ct);
        if (found.IsSuccess)
        {
            Session = found.Value;
        }

        return found.IsSuccess;
    }

    public sealed class VoteInput
    {
        public Guid? ProposalId { get; set; }
        public LabellingOutcome? Outcome { get; set; }
        public int? VotesFor { get; set; }
        public int? VotesAgainst { get; set; }
        public int? Abstentions { get; set; }
        public string? Motivation { get; set; }
    }

    public sealed class RecusalInput
    {
        public Guid? UserId { get; set; }
        public Guid? ProposalId { get; set; }
        public string? Reason { get; set; }
    }
}
