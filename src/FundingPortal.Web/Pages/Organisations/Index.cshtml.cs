using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Organisations;
using FundingPortal.Application.Organisations.CreateOrganisation;
using FundingPortal.Application.Organisations.FindOrganisations;
using FundingPortal.Application.Organisations.GetOrganisation;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Application.Organisations.Invitations.InviteColleague;
using FundingPortal.Application.Organisations.Invitations.ListMyInvitations;
using FundingPortal.Application.Organisations.Invitations.ListOrganisationInvitations;
using FundingPortal.Application.Organisations.Invitations.RevokeInvitation;
using FundingPortal.Application.Organisations.JoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.DecideJoinRequest;
using FundingPortal.Application.Organisations.JoinRequests.ListJoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.ListMyJoinRequests;
using FundingPortal.Application.Organisations.JoinRequests.RequestToJoin;
using FundingPortal.Application.Organisations.ListMembers;
using FundingPortal.Domain.Organisations;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Organisations;

/// <summary>
/// With an organisation: its members, invitations to colleagues and requests to join. Without one: create it, or ask
/// to join the one that already exists.
/// </summary>
[Authorize]
public sealed class IndexModel(ICurrentUser user, GetOrganisation getOrganisation, FindOrganisations findOrganisations, ListMembers listMembers,
    ListOrganisationInvitations listInvitations, ListJoinRequests listJoinRequests, ListMyInvitations myInvitations, ListMyJoinRequests myJoinRequests) : PageModel
{
    private static readonly OrganisationTexts Texts = new();

    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public string? ColleagueEmail { get; set; }

    [BindProperty]
    public string? JoinMessage { get; set; }

    /// <summary>The SIREN the join form was shown for, to show it again if the request fails.</summary>
    [BindProperty]
    public string? JoinSiren { get; set; }

    /// <summary>Where to go back after creating the organisation (the invitations page of a partner invitation).</summary>
    [BindProperty(SupportsGet = true, Name = "retour")]
    public string? ReturnUrl { get; set; }

    public OrganisationResponse? Organisation { get; private set; }
    public IReadOnlyList<MemberResponse> Members { get; private set; } = [];
    public IReadOnlyList<SentInvitationResponse> PendingInvitations { get; private set; } = [];
    public IReadOnlyList<JoinRequestResponse> JoinRequests { get; private set; } = [];
    public int InvitationsForMe { get; private set; }
    public IReadOnlyList<JoinRequestResponse> MyJoinRequests { get; private set; } = [];
    public string? SearchedSiren { get; private set; }
    public IReadOnlyList<OrganisationDirectoryEntry> Found { get; private set; } = [];

    public async Task OnGetAsync(string? siren, CancellationToken ct)
    {
        await Load(ct);
        if (Organisation is null && !string.IsNullOrWhiteSpace(siren))
        {
            SearchedSiren = siren.Trim();
            Found = await findOrganisations.Handle(SearchedSiren, ct);
        }
    }

    public async Task<IActionResult> OnPostCreateAsync([FromServices] CreateOrganisation create, CancellationToken ct)
    {
        ModelState.Clear();
        if (!Enum.TryParse<OrganisationCategory>(Input.Category, out var category) || !Enum.IsDefined(category))
        {
            // Checked here so the SIREN's verdict shows at the same time as the missing category.
            ModelState.AddModelError(string.Empty, Texts["FixFields"]);
            ModelState.AddModelError("Input.Category", Texts["ChooseCategory"]);
            if (Domain.Organisations.Organisation.InputErrors(Input.Name, Input.Siren, Input.Region, NullIfBlank(Input.ParentSiren)) is { } others)
            {
                ModelState.AddErrorsBesideUnread(others, ModelStateErrors.Into("Input"));
            }

            ModelState.NameFields(LabelOf);
            await Load(ct);
            return Page();
        }

        var result = await create.Handle(new CreateOrganisationRequest(Input.Name, Input.Siren, category, Input.Region, NullIfBlank(Input.ParentSiren)), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
            ModelState.NameFields(LabelOf);
            await Load(ct);
            if (result.Error!.Code == "organisation_exists")
            {
                // The company is already registered: offer to ask its members to let this person in.
                SearchedSiren = Input.Siren?.Replace(" ", string.Empty, StringComparison.Ordinal);
                Found = await findOrganisations.Handle(SearchedSiren, ct);
            }

            return Page();
        }

        TempData["Flash"] = Texts.Format("Created", Languages.Current, result.Value.Name);
        return Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl!) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostJoinAsync(Guid organisationId, [FromServices] RequestToJoin requestToJoin, CancellationToken ct)
    {
        ModelState.Clear();
        var result = await requestToJoin.Handle(organisationId, new JoinRequestRequest(JoinMessage), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => field == "message" ? nameof(JoinMessage) : null);
            await Load(ct);
            SearchedSiren = JoinSiren;
            Found = string.IsNullOrWhiteSpace(JoinSiren) ? [] : await findOrganisations.Handle(JoinSiren, ct);
            return Page();
        }

        TempData["Flash"] = Texts.Format("JoinSent", Languages.Current, result.Value.OrganisationName);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInviteAsync([FromServices] InviteColleague invite, CancellationToken ct)
    {
        ModelState.Clear();
        if (user.OrganisationId is not { } organisationId)
        {
            return RedirectToPage();
        }

        var result = await invite.Handle(organisationId, new InvitationRequest(ColleagueEmail), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => field == "email" ? nameof(ColleagueEmail) : null);
            await Load(ct);
            return Page();
        }

        TempData["Flash"] = Texts.Format("Invited", Languages.Current, result.Value.Email, Format.DateAndTime(result.Value.ExpiresAt));
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid invitationId, [FromServices] RevokeInvitation revoke, CancellationToken ct) =>
        await Decided(await revoke.Handle(invitationId, ct), Texts["Revoked"], ct);

    public async Task<IActionResult> OnPostApproveAsync(Guid requestId, [FromServices] DecideJoinRequest decide, CancellationToken ct)
    {
        var result = await decide.Handle(requestId, approve: true, ct);
        return await Decided(result.IsSuccess ? Domain.Common.Result.Success() : result.Error!,
            result.IsSuccess ? Texts.Format("Approved", Languages.Current, result.Value.Email) : string.Empty, ct);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid requestId, [FromServices] DecideJoinRequest decide, CancellationToken ct)
    {
        var result = await decide.Handle(requestId, approve: false, ct);
        return await Decided(result.IsSuccess ? Domain.Common.Result.Success() : result.Error!, Texts["Rejected"], ct);
    }

    private async Task<IActionResult> Decided(Domain.Common.Result result, string done, CancellationToken ct)
    {
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            ModelState.AddError(result.Error!);
            await Load(ct);
            return Page();
        }

        TempData["Flash"] = done;
        return RedirectToPage();
    }

    private async Task Load(CancellationToken ct)
    {
        if (user.OrganisationId is { } id)
        {
            var result = await getOrganisation.Handle(id, ct);
            Organisation = result.IsSuccess ? result.Value : null;
            Members = (await listMembers.Handle(id, ct)) is { IsSuccess: true } members ? members.Value : [];
            PendingInvitations = (await listInvitations.Handle(id, ct)) is { IsSuccess: true } invitations ? invitations.Value : [];
            JoinRequests = (await listJoinRequests.Handle(id, ct)) is { IsSuccess: true } requests ? requests.Value : [];
            return;
        }

        InvitationsForMe = (await myInvitations.Handle(ct)).Count;
        MyJoinRequests = (await myJoinRequests.Handle(ct)).Where(r => r.Status == JoinRequestStatus.Pending).ToList();
    }

    private static string? LabelOf(string key) => key switch
    {
        "Input.Name" => Texts["Name"],
        "Input.Siren" => Texts["Siren"],
        "Input.Category" => Texts["Category"],
        "Input.Region" => Texts["Region"],
        "Input.ParentSiren" => Texts["ParentSirenOptional"],
        _ => null,
    };

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    public sealed class OrganisationInput
    {
        public string? Name { get; set; }
        public string? Siren { get; set; }
        public string? Category { get; set; }
        public string? Region { get; set; }
        public string? ParentSiren { get; set; }
    }
}
