using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Organisations;
using FundingPortal.Domain.Organisations;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Organisation;

[Authorize]
public sealed class IndexModel(ICurrentUser user, GetOrganisation getOrganisation, FindOrganisations findOrganisations) : PageModel
{
    [BindProperty]
    public OrganisationInput Input { get; set; } = new();

    [BindProperty]
    public string? ColleagueEmail { get; set; }

    public OrganisationResponse? Organisation { get; private set; }
    public string? SearchedSiren { get; private set; }
    public IReadOnlyList<OrganisationDirectoryEntry> Found { get; private set; } = [];

    public async Task OnGetAsync(string? siren, CancellationToken ct)
    {
        await Load(ct);
        if (Organisation is null && !string.IsNullOrWhiteSpace(siren))
        {
            SearchedSiren = siren.Trim();
            Found = await findOrganisations.Handle(SearchedSiren, null, ct);
        }
    }

    public async Task<IActionResult> OnPostCreateAsync([FromServices] CreateOrganisation create, CancellationToken ct)
    {
        ModelState.Clear();
        if (!Enum.TryParse<OrganisationCategory>(Input.Category, out var category) || !Enum.IsDefined(category))
        {
            // Checked here so the SIREN's verdict shows at the same time as the missing category.
            ModelState.AddModelError(string.Empty, "Certains champs sont à corriger : voyez les messages sous les champs concernés.");
            ModelState.AddModelError("Input.Category", "Choisissez la catégorie de votre organisation.");
            var siren = Siren.Parse(Input.Siren);
            if (!siren.IsSuccess)
            {
                ModelState.AddModelError("Input.Siren", FrenchErrors.Field("siren", siren.Error!.FieldErrors!["siren"][0]));
            }

            await Load(ct);
            return Page();
        }

        var result = await create.Handle(new CreateOrganisationRequest(Input.Name, Input.Siren, category, Input.Region, NullIfBlank(Input.ParentSiren)), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
            await Load(ct);
            return Page();
        }

        TempData["Flash"] = $"L'organisation {result.Value.Name} est créée et votre compte y est rattaché.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddMemberAsync([FromServices] AddMember addMember, CancellationToken ct)
    {
        ModelState.Clear();
        if (user.OrganisationId is not { } organisationId)
        {
            return RedirectToPage();
        }

        var result = await addMember.Handle(organisationId, new AddMemberRequest(ColleagueEmail), ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => field == "email" ? nameof(ColleagueEmail) : null);
            await Load(ct);
            return Page();
        }

        TempData["Flash"] = $"{ColleagueEmail} fait maintenant partie de votre organisation.";
        return RedirectToPage();
    }

    private async Task Load(CancellationToken ct)
    {
        if (user.OrganisationId is { } id)
        {
            var result = await getOrganisation.Handle(id, ct);
            Organisation = result.IsSuccess ? result.Value : null;
        }
    }

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
