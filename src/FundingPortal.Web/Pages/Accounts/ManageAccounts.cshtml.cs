using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.ListUsers;
using FundingPortal.Application.Accounts.SetUserRoles;
using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.ListCalls;
using FundingPortal.Application.Common;
using FundingPortal.Application.Funders;
using FundingPortal.Application.Funders.ListFunders;
using FundingPortal.Application.Reviews.Experts;
using FundingPortal.Application.Reviews.Experts.CreateExpert;
using FundingPortal.Application.Reviews.Experts.ListExperts;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Accounts;

/// <summary>Gives registered accounts their expert profile or their funder officer role.</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed class ManageAccountsModel(ListExperts listExperts, ListCalls listCalls, ListFunders funders, IUserDirectory users, ListUsers listUsers) : PageModel
{
    private static readonly ManageAccountsTexts Texts = new();

    public static readonly IReadOnlyList<(string Value, string LabelKey)> Orders =
        [("email", "ListBar.EmailAz"), ("-email", "ListBar.EmailZa"), ("-created", "ListBar.Newest"), ("created", "ListBar.Oldest")];

    /// <summary>The registered accounts, searched by address: whom roles can be given to.</summary>
    public IReadOnlyList<UserSummary> Accounts { get; private set; } = [];
    public ListBar AccountsBar { get; private set; } = new("ManageAccounts.SearchAccounts", null, "email", Orders, 0);
    public string? NextCursor { get; private set; }

    public IReadOnlyList<ExpertDto> Experts { get; private set; } = [];
    public IReadOnlyList<CallSummary> Calls { get; private set; } = [];
    public IReadOnlyList<FunderResponse> Funders { get; private set; } = [];

    [BindProperty]
    public ExpertInput Expert { get; set; } = new();

    [BindProperty]
    public OfficerInput Officer { get; set; } = new();

    public async Task OnGetAsync([FromQuery(Name = ListBar.SearchParameter)] string? recherche, [FromQuery(Name = ListBar.SortParameter)] string? tri,
        string? cursor, CancellationToken ct)
    {
        AccountsBar = new ListBar("ManageAccounts.SearchAccounts", ListBar.WordsOf(recherche), ListBar.SortOf(tri, Orders), Orders, 0);
        await Load(ct, cursor);
    }

    public async Task<IActionResult> OnPostExpertAsync([FromServices] CreateExpert create, CancellationToken ct)
    {
        ModelState.Clear();
        var user = string.IsNullOrWhiteSpace(Expert.Email) ? null : await users.FindByEmailAsync(Expert.Email.Trim(), ct);
        if (user is null)
        {
            ModelState.AddModelError("Expert.Email", Texts["NoAccount"]);
            await Load(ct);
            return Page();
        }

        var expertise = (Expert.Expertise ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var result = await create.Handle(new CreateExpertRequest(user.UserId, Expert.DisplayName, expertise, [], Expert.CallIds), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => field switch
            {
                "displayName" => "Expert.DisplayName",
                "expertise" => "Expert.Expertise",
                "callIds" => "Expert.CallIds",
                _ => null,
            });
            await Load(ct);
            return Page();
        }

        TempData["Flash"] = Texts.Format("ExpertAppointed", Languages.Current, result.Value.DisplayName);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostOfficerAsync([FromServices] SetUserRoles setRoles, CancellationToken ct)
    {
        ModelState.Clear();
        var user = string.IsNullOrWhiteSpace(Officer.Email) ? null : await users.FindByEmailAsync(Officer.Email.Trim(), ct);
        var funder = (await funders.Handle(ct)).FirstOrDefault(f => f.Id == Officer.FunderId);
        if (user is null || funder is null)
        {
            ModelState.AddModelError(user is null ? "Officer.Email" : string.Empty,
                user is null ? Texts["NoAccount"] : Texts["ChooseFunder"]);
            await Load(ct);
            return Page();
        }

        var roles = user.Roles.Append(Roles.FunderOfficer).Distinct().ToList();
        var result = await setRoles.Handle(user.UserId, new SetRolesRequest(roles, funder.Id), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            await Load(ct);
            return Page();
        }

        TempData["Flash"] = Texts.Format("OfficerAppointed", Languages.Current, user.Email, funder.Name);
        return RedirectToPage();
    }

    private async Task Load(CancellationToken ct, string? cursor = null)
    {
        var accounts = await ListPages.One(cursor, request => listUsers.Handle(AccountsBar.Search, request, ct));
        (Accounts, NextCursor) = (accounts.Items, accounts.NextCursor);
        AccountsBar = AccountsBar with { Total = accounts.Total ?? accounts.Items.Count };
        Experts = await listExperts.Handle(null, ct);
        Calls = await ListPages.All(page => listCalls.Handle(page, ct));
        Funders = await funders.Handle(ct);
    }

    public sealed class ExpertInput
    {
        public string? Email { get; set; }
        public string? DisplayName { get; set; }
        public string? Expertise { get; set; }
        public List<Guid> CallIds { get; set; } = [];
    }

    public sealed class OfficerInput
    {
        public string? Email { get; set; }
        public Guid? FunderId { get; set; }
    }
}
