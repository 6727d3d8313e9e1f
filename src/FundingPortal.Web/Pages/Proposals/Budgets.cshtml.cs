using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.SetPartnerBudget;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed class BudgetsModel(GetProposal getProposal, GetCall getCall, ICurrentUser user) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly BudgetTexts Texts = new();

    /// <summary>The cost categories, in the form's order; each one's label is the text of the same key in <see cref="BudgetTexts"/>.</summary>
    public static readonly string[] Categories =
    [
        nameof(BudgetInput.Personnel), nameof(BudgetInput.Overheads), nameof(BudgetInput.Subcontracting), nameof(BudgetInput.Equipment), nameof(BudgetInput.OtherCosts),
    ];

    public override string Step => "budgets";

    [BindProperty]
    public BudgetInput Input { get; set; } = new();

    /// <summary>The lead fills any partner's budget; a partner only its own.</summary>
    public bool MayEdit(Guid organisationId) => IsEditable && (IsLead || CurrentUser.OrganisationId == organisationId);

    public string Stored(PartnerDto partner, string field)
    {
        var b = partner.Budget;
        if (b is null || b.Total == 0)
        {
            return string.Empty;
        }

        return TypedNumber.ForInput(field switch
        {
            nameof(BudgetInput.Personnel) => b.Personnel,
            nameof(BudgetInput.Overheads) => b.Overheads,
            nameof(BudgetInput.Subcontracting) => b.Subcontracting,
            nameof(BudgetInput.Equipment) => b.Equipment,
            _ => b.OtherCosts,
        });
    }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await Load(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] SetPartnerBudget setBudget, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var amounts = new Dictionary<string, decimal>();
        foreach (var field in Categories)
        {
            if (TypedNumber.TryParseOrZero(Input.Value(field), out var amount))
            {
                amounts[field] = amount;
            }
            else
            {
                ModelState.AddModelError($"Input.{field}", Texts["AmountExpected"]);
            }
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, Texts["FixAmounts"]);
            return Page();
        }

        var request = new BudgetRequest(amounts[nameof(BudgetInput.Personnel)], amounts[nameof(BudgetInput.Overheads)],
            amounts[nameof(BudgetInput.Subcontracting)], amounts[nameof(BudgetInput.Equipment)], amounts[nameof(BudgetInput.OtherCosts)]);
        var result = await setBudget.Handle(id, Input.OrganisationId, request, Expected, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, ModelStateErrors.Into("Input"));
            return Page();
        }

        var partner = result.Value.Partners.FirstOrDefault(p => p.OrganisationId == Input.OrganisationId);
        return Done(Texts.Format("Saved", Languages.Current, partner?.Name ?? Texts["TheOrganisation"], Format.Money(partner?.Budget?.Total ?? 0)));
    }

    public sealed class BudgetInput
    {
        public Guid OrganisationId { get; set; }
        public string? Personnel { get; set; }
        public string? Overheads { get; set; }
        public string? Subcontracting { get; set; }
        public string? Equipment { get; set; }
        public string? OtherCosts { get; set; }

        public string? Value(string field) => field switch
        {
            nameof(Personnel) => Personnel,
            nameof(Overheads) => Overheads,
            nameof(Subcontracting) => Subcontracting,
            nameof(Equipment) => Equipment,
            _ => OtherCosts,
        };
    }
}
