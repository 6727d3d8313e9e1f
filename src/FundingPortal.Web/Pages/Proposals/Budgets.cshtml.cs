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
    public static readonly (string Field, string Label)[] Categories =
    [
        (nameof(BudgetInput.Personnel), "Personnel"),
        (nameof(BudgetInput.Overheads), "Frais généraux"),
        (nameof(BudgetInput.Subcontracting), "Sous-traitance"),
        (nameof(BudgetInput.Equipment), "Équipements"),
        (nameof(BudgetInput.OtherCosts), "Autres dépenses"),
    ];

    public override string Step => "budgets";

    [BindProperty]
    public BudgetInput Input { get; set; } = new();

    /// <summary>The lead fills any partner's budget; a partner only its own.</summary>
    public bool MayEdit(Guid organisationId) => IsEditable && (IsLead || CurrentUser.OrganisationId == organisationId);

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    public string Stored(PartnerDto partner, string field)
    {
        var b = partner.Budget;
        if (b is null || b.Total == 0)
        {
            return string.Empty;
        }

        return FrenchNumber.ForInput(field switch
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
        foreach (var (field, _) in Categories)
        {
            if (FrenchNumber.TryParseOrZero(Input.Value(field), out var amount))
            {
                amounts[field] = amount;
            }
            else
            {
                ModelState.AddModelError($"Input.{field}", "Saisissez un montant en euros, par exemple 450 000 ou 1250,50.");
            }
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "Certains montants sont à corriger : voyez les messages sous les champs concernés.");
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
        return Done($"Le budget de {partner?.Name ?? "l'organisation"} est enregistré : {Format.Money(partner?.Budget?.Total ?? 0)}.");
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
