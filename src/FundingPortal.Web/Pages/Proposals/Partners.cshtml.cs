using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Organisations;
using FundingPortal.Application.Organisations.FindOrganisations;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.Invitations.RevokeInvitation;
using FundingPortal.Application.Proposals.AddPartner;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.InvitePartner;
using FundingPortal.Application.Proposals.ListPartnerInvitations;
using FundingPortal.Application.Proposals.RemovePartner;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class PartnersModel(GetProposal getProposal, GetCall getCall, ICurrentUser user, FindOrganisations find, ListPartnerInvitations invitations)
    : DossierPageModel(getProposal, getCall, user)
{
    private static readonly PartnersTexts Texts = new();

    public override string Step => "partenaires";

    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders = [("name", "ListBar.NameAz"), ("-name", "ListBar.NameZa"), ("-created", "ListBar.Newest")];

    /// <summary>The organisation finder's search box, order and count (nothing is listed before a search).</summary>
    public ListBar Bar { get; private set; } = new("Partners.SearchLabel", null, "name", Orders, 0, Counted: false);

    public string? NextCursor { get; private set; }
    public IReadOnlyList<OrganisationDirectoryEntry> Found { get; private set; } = [];
    public IReadOnlyList<SentInvitationResponse> PendingInvitations { get; private set; } = [];

    [BindProperty]
    public PartnerInvitationInput Invite { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, [FromQuery(Name = ListBar.SearchParameter)] string? recherche,
        [FromQuery(Name = ListBar.SortParameter)] string? tri, string? cursor, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        await LoadInvitations(id, ct);
        var bar = new ListBar("Partners.SearchLabel", ListBar.WordsOf(recherche), ListBar.SortOf(tri, Orders), Orders, 0, Counted: false);
        Bar = bar;
        if (bar.Words is not null)
        {
            var page = await ListPages.One(cursor, request => find.Handle(null, bar.Search, request, ct));
            (Found, NextCursor) = (page.Items, page.NextCursor);
            Bar = bar with { Total = page.Total ?? page.Items.Count, Counted = true };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid organisationId, [FromServices] AddPartner addPartner, CancellationToken ct)
    {
        var result = await addPartner.Handle(id, new AddPartnerRequest(organisationId), Expected, ct);
        if (!result.IsSuccess)
        {
            return await Failed(id, result.Error!, ct);
        }

        // The edit's answer was built before the new partner's organisation was loaded: read the dossier again for its name.
        var added = await Load(id, ct) ? Dossier.Partners.FirstOrDefault(p => p.OrganisationId == organisationId) : null;
        return Done(Texts.Format("Added", Languages.Current, added?.Name ?? Texts["TheOrganisation"]), $"/dossiers/{id}/partenaires");
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, Guid organisationId, [FromServices] RemovePartner removePartner, CancellationToken ct)
    {
        var result = await removePartner.Handle(id, organisationId, Expected, ct);
        return result.IsSuccess ? Done(Texts["Removed"]) : await Failed(id, result.Error!, ct);
    }

    public async Task<IActionResult> OnPostInviteAsync(Guid id, [FromServices] InvitePartner invite, CancellationToken ct)
    {
        var result = await invite.Handle(id, new PartnerInvitationRequest(Invite.Email, Invite.OrganisationName), ct);
        if (!result.IsSuccess)
        {
            return await Failed(id, result.Error!, ct, field => field switch
            {
                "email" => "Invite.Email",
                "organisationName" => "Invite.OrganisationName",
                _ => null,
            });
        }

        return Done(Texts.Format("Invited", Languages.Current, result.Value.Email, Format.DateAndTime(result.Value.ExpiresAt)));
    }

    public async Task<IActionResult> OnPostRevokeInvitationAsync(Guid id, Guid invitationId, [FromServices] RevokeInvitation revoke, CancellationToken ct)
    {
        var result = await revoke.Handle(invitationId, ct);
        return result.IsSuccess ? Done(Texts["Revoked"]) : await Failed(id, result.Error!, ct);
    }

    private async Task<IActionResult> Failed(Guid id, Domain.Common.Error error, CancellationToken ct, Func<string, string?>? fieldKey = null)
    {
        ModelState.Clear();
        ModelState.AddError(error, fieldKey);
        ModelState.NameFields(key => key switch
        {
            "Invite.Email" => Texts["InviteEmail"],
            "Invite.OrganisationName" => Texts["InviteOrganisation"],
            _ => null,
        });
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        await LoadInvitations(id, ct);
        return Page();
    }

    private async Task LoadInvitations(Guid id, CancellationToken ct) =>
        PendingInvitations = IsLead && (await invitations.Handle(id, ct)) is { IsSuccess: true } sent ? sent.Value : [];

    public sealed class PartnerInvitationInput
    {
        public string? Email { get; set; }
        public string? OrganisationName { get; set; }
    }
}
