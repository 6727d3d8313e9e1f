using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Calls.PublishCall;
using FundingPortal.Application.Common;
using FundingPortal.Application.Proposals.CreateProposal;
using FundingPortal.Domain.Calls;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Proposals;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Calls;

[Authorize]
public sealed class DetailsModel(GetCall getCall, ICurrentUser user) : PageModel
{
    private static readonly CallTexts Texts = new();

    public CallResponse? Call { get; private set; }

    [BindProperty]
    public ProjectInput Input { get; set; } = new() { TrlStart = 3, TrlTarget = 6, DurationMonths = 36 };

    /// <summary>Set by the publication's confirmation step.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public ConfirmStep? Confirm { get; private set; }

    public bool IsManager => user.IsInRole(Roles.ClusterManager);

    /// <summary>The funding simulation is for the managers and the officers of the call's funders.</summary>
    public bool MaySimulateFunding => Call is { Status: not CallStatus.Draft } call
        && (IsManager || (user.IsInRole(Roles.FunderOfficer) && call.Funders.Any(f => f.FunderId == user.FunderId)));
    public bool NeedsOrganisation => !IsManager && user.OrganisationId is null && Call?.Status == CallStatus.Open;
    public bool CanCreateDossier => user.OrganisationId is not null && user.IsInRole(Roles.Applicant) && Call?.Status == CallStatus.Open;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostCreateDossierAsync(Guid id, [FromServices] CreateProposal create, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await Load(id, ct) ? Page() : NotFound();
        }

        var result = await create.Handle(id, Input.ToRequest(), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
            return await Load(id, ct) ? Page() : NotFound();
        }

        TempData["Flash"] = Texts.Format("Created", Languages.Current, result.Value.Reference);
        return Redirect($"/dossiers/{result.Value.Id}/partenaires");
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, [FromServices] PublishCall publish, CancellationToken ct)
    {
        // The use case trusts its caller (the API guards it with the manager policy); so does this page.
        if (!IsManager)
        {
            return Forbid();
        }

        if (!Confirmed)
        {
            if (!await Load(id, ct))
            {
                return NotFound();
            }

            // A call the domain would refuse (no funder, an empty envelope) goes straight to the refusal and its list of gaps.
            if (Call!.Funders.Count > 0 && Call.Funders.All(f => f.Envelope > 0))
            {
                Confirm = PublicationConsequences(Call);
                return Page();
            }
        }

        var result = await publish.Handle(id, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return await Load(id, ct) ? Page() : NotFound();
        }

        TempData["Flash"] = result.Value.Status == CallStatus.Open
            ? Texts["PublishedOpen"]
            : Texts.Format("PublishedLater", Languages.Current, Format.DateAndTime(result.Value.OpensAt.Utc));
        return Redirect($"/appels/{id}");
    }

    private ConfirmStep PublicationConsequences(CallResponse call)
    {
        var language = Languages.Current;
        var funders = string.Join(", ", call.Funders.Select(f => Texts.Format("Confirm.FunderEnvelope", language, f.Name, Format.Money(f.Envelope))));
        return new ConfirmStep(
            Texts.Format("Confirm.Heading", language, call.Title),
            [
                Texts.Format("Confirm.Visible", language, Format.DateAndTime(call.OpensAt.Utc), Format.DateAndTime(call.SubmissionDeadline.Utc)),
                Texts.Format("Confirm.Funders", language, funders),
                Texts["Confirm.Frozen"],
            ],
            Texts["Confirm.Button"], $"/appels/{call.Id}", ConfirmStep.SameAction(Request), ConfirmStep.Repost(Request.Form));
    }

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var result = await getCall.Handle(id, ct);
        Call = result.IsSuccess ? result.Value : null;
        return Call is not null;
    }
}
