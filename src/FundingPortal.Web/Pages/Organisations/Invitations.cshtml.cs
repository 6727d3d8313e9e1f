using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.Invitations.AcceptInvitation;
using FundingPortal.Application.Organisations.Invitations.DeclineInvitation;
using FundingPortal.Application.Organisations.Invitations.ListMyInvitations;
using FundingPortal.Domain.Organisations;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Organisations;

/// <summary>The invitations addressed to the signed-in person: accept or decline each one.</summary>
[Authorize]
public sealed class InvitationsModel(ListMyInvitations list, IUserDirectory users, ICurrentUser user) : PageModel
{
    private static readonly InvitationsTexts Texts = new();

    public IReadOnlyList<MyInvitationResponse> Items { get; private set; } = [];
    public bool EmailConfirmed { get; private set; }
    public bool HasOrganisation => user.OrganisationId is not null;

    public async Task OnGetAsync(CancellationToken ct) => await Load(ct);

    public async Task<IActionResult> OnPostAcceptAsync(Guid invitationId, [FromServices] AcceptInvitation accept, CancellationToken ct)
    {
        var invitation = (await list.Handle(ct)).FirstOrDefault(i => i.Id == invitationId);
        var result = await accept.Handle(invitationId, ct);
        if (!result.IsSuccess)
        {
            return await Failed(result.Error!, ct);
        }

        if (result.Value.Kind == InvitationKind.Partner)
        {
            TempData["Flash"] = Texts.Format("Partnered", Languages.Current, invitation?.ProposalAcronym);
            return Redirect($"/dossiers/{result.Value.ProposalId}/partenaires");
        }

        if (result.Value.Kind == InvitationKind.Committee)
        {
            TempData["Flash"] = Texts.Format("Seated", Languages.Current, invitation?.CallTitle);
            return Redirect("/comites");
        }

        TempData["Flash"] = Texts.Format("Joined", Languages.Current, invitation?.OrganisationName);
        return Redirect("/organisation");
    }

    public async Task<IActionResult> OnPostDeclineAsync(Guid invitationId, [FromServices] DeclineInvitation decline, CancellationToken ct)
    {
        var result = await decline.Handle(invitationId, ct);
        if (!result.IsSuccess)
        {
            return await Failed(result.Error!, ct);
        }

        TempData["Flash"] = Texts["Declined"];
        return RedirectToPage();
    }

    private async Task<IActionResult> Failed(Domain.Common.Error error, CancellationToken ct)
    {
        ModelState.Clear();
        ModelState.AddError(error);
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        EmailConfirmed = (await users.FindByIdAsync(user.UserId, ct))?.EmailConfirmed == true;
        Items = await list.Handle(ct);
    }
}
