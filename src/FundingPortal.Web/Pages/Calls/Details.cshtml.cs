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

    public bool IsManager => user.IsInRole(Roles.ClusterManager);
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

    private async Task<bool> Load(Guid id, CancellationToken ct)
    {
        var result = await getCall.Handle(id, ct);
        Call = result.IsSuccess ? result.Value : null;
        return Call is not null;
    }
}
