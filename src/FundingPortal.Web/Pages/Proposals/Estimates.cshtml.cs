using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.SetPartnerEstimate;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using static FundingPortal.Web.Formatting.RequestText;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>Two-stage calls: each partner's estimated total in the pre-proposal (the lead for anyone, a partner for itself).</summary>
public sealed class EstimatesModel(GetProposal getProposal, GetCall getCall, ICurrentUser user) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly TwoStageTexts Texts = new();

    public override string Step => "estimations";

    [BindProperty]
    public Guid OrganisationId { get; set; }

    [BindProperty]
    public string? Total { get; set; }

    public bool MayEdit(Guid organisationId) => IsEditable && (IsLead || CurrentUser.OrganisationId == organisationId);

    /// <summary>As typed after a refused save, else the stored estimate (blank when never entered).</summary>
    public string Shown(Guid organisationId, decimal? stored) =>
        OrganisationId == organisationId && !ModelState.IsValid ? Total ?? string.Empty : stored is { } s ? TypedNumber.ForInput(s) : string.Empty;

    /// <summary>A partner's name after "de" in French (elided: "d'Ondes Bretonnes"), as it is in English.</summary>
    public static string Of(string name) => Languages.Current == Languages.English ? name : FrenchElision.De(name);

    public static string FieldId(Guid organisationId) => $"Total_{organisationId:N}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) && IsPreProposal ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] SetPartnerEstimate setEstimate, CancellationToken ct)
    {
        if (!await Load(id, ct) || !IsPreProposal)
        {
            return NotFound();
        }

        var partner = Dossier.Partners.FirstOrDefault(p => p.OrganisationId == OrganisationId);
        if (partner is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (!TypedNumber.TryParse(Total, out var total))
        {
            ModelState.AddModelError(FieldId(OrganisationId), $"{Texts.Format("EstimateOf", Languages.Current, Of(partner.Name))} : {Texts["AmountExpected"]}");
            return Page();
        }

        var result = await setEstimate.Handle(id, OrganisationId, new EstimateRequest(total), Expected, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => field == "total" ? FieldId(OrganisationId) : null);
            return Page();
        }

        return Done(Texts.Format("Saved", Languages.Current, partner.Name, Format.Money(total)));
    }
}
