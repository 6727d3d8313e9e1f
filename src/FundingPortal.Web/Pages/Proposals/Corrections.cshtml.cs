using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.ListCorrectionRequests;
using FundingPortal.Application.Proposals.RequestCorrection;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>
/// A dossier's correction requests: the consortium reads them; a manager writes one in two steps, the second restating
/// what the consortium will be allowed to change and until when. Others get the same 404 as the API.
/// </summary>
public sealed class CorrectionsModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, IStringLocalizer texts, ListCorrectionRequests list,
    RequestCorrection request) : DossierPageModel(getProposal, getCall, user)
{
    public override string Step => "corrections";

    public IReadOnlyList<CorrectionRequestResponse> Requests { get; private set; } = [];

    [BindProperty]
    public List<CorrectionScope> Scope { get; set; } = [];

    /// <summary>As the datetime-local control sends it ("2027-10-19T18:00"), a Paris time.</summary>
    [BindProperty]
    public string? DueAt { get; set; }

    [BindProperty]
    public string? Message { get; set; }

    /// <summary>The request is valid as typed and waits for the manager's confirmation.</summary>
    public LocalInstant? Confirming { get; private set; }

    public bool MayAsk => IsManager && Dossier.Status is ProposalStatus.Submitted or ProposalStatus.UnderReview && Dossier.OpenCorrection is null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Show(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await Show(id, ct))
        {
            return NotFound();
        }

        var due = string.IsNullOrWhiteSpace(DueAt) ? (Result<LocalInstant>?)null : LocalInstant.Parse(DueAt, LocalInstant.DefaultTimeZone);
        if (Scope.Count == 0)
        {
            ModelState.AddModelError(nameof(Scope), texts["Corrections.ScopeRequired"]);
        }

        if (due is not { IsSuccess: true })
        {
            ModelState.AddModelError(nameof(DueAt), texts["Corrections.DueAtRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Message) || Message.Length > CorrectionRequest.MaxMessageLength)
        {
            ModelState.AddModelError(nameof(Message), texts["Corrections.MessageRequired"]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!Confirmed)
        {
            Confirming = due!.Value.Value;
            return Page();
        }

        var sent = await request.Handle(id, new CorrectionRequestBody(Message, new LocalTimeDto(DueAt, LocalInstant.DefaultTimeZone), Scope), ct);
        if (!sent.IsSuccess)
        {
            ModelState.AddError(sent.Error!, field => field switch
            {
                "dueAt" => nameof(DueAt),
                "scope" => nameof(Scope),
                "message" => nameof(Message),
                _ => null,
            });
            return Page();
        }

        return Done(texts["Corrections.Sent"].Value);
    }

    public string ScopeText(IEnumerable<CorrectionScope> scope) => string.Join(", ", scope.Select(s => texts[$"Corrections.Scope.{s}"].Value));

    private async Task<bool> Show(Guid id, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return false;
        }

        var found = await list.Handle(id, ct);
        if (!found.IsSuccess)
        {
            return false;
        }

        Requests = found.Value;
        return true;
    }
}
