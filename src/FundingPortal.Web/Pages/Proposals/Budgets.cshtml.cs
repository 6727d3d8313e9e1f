using System.Globalization;
using System.Text.RegularExpressions;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Abstractions;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Proposals.GetProposal;
using FundingPortal.Application.Proposals.SetPartnerBudget;
using FundingPortal.Application.Proposals.SetPartnerBudgets;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Mvc;

namespace FundingPortal.Web.Pages.Proposals;

public sealed partial class BudgetsModel(GetProposal getProposal, GetCall getCall, ICurrentUser user) : DossierPageModel(getProposal, getCall, user)
{
    private static readonly BudgetTexts Texts = new();

    /// <summary>The cost categories, in the form's order; each one's label is the text of the same key in <see cref="BudgetTexts"/>.</summary>
    public static readonly string[] Categories =
    [
        nameof(BudgetInput.Personnel), nameof(BudgetInput.Overheads), nameof(BudgetInput.Subcontracting), nameof(BudgetInput.Equipment), nameof(BudgetInput.OtherCosts),
    ];

    public override string Step => "budgets";

    /// <summary>One form for every budget the caller may edit, so saving one partner never drops what was typed for another.</summary>
    [BindProperty]
    public List<BudgetInput> Inputs { get; set; } = [];

    /// <summary>The lead fills any partner's budget; a partner only its own.</summary>
    public bool MayEdit(Guid organisationId) => IsEditable && (IsLead || CurrentUser.OrganisationId == organisationId);

    public IReadOnlyList<PartnerDto> EditablePartners => Dossier.Partners.Where(p => MayEdit(p.OrganisationId)).ToList();

    /// <summary>What the field shows: as typed after a refused save, else the stored amount (blank for a budget never filled).</summary>
    public string Shown(int index, PartnerDto partner, string field) =>
        index < Inputs.Count && Inputs[index].OrganisationId == partner.OrganisationId ? Inputs[index].Value(field) ?? string.Empty : Stored(partner, field);

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

    public async Task<IActionResult> OnPostAsync(Guid id, [FromServices] SetPartnerBudgets setBudgets, CancellationToken ct)
    {
        if (!await Load(id, ct))
        {
            return NotFound();
        }

        ModelState.Clear();
        var requests = new List<PartnerBudgetRequest>();
        for (var i = 0; i < Inputs.Count; i++)
        {
            var amounts = new Dictionary<string, decimal>();
            foreach (var field in Categories)
            {
                if (TypedNumber.TryParseOrZero(Inputs[i].Value(field), out var amount))
                {
                    amounts[field] = amount;
                }
                else
                {
                    ModelState.AddModelError(Key(i, field), Named(i, field, Texts["AmountExpected"]));
                }
            }

            requests.Add(new PartnerBudgetRequest(Inputs[i].OrganisationId, new BudgetRequest(amounts.GetValueOrDefault(nameof(BudgetInput.Personnel)),
                amounts.GetValueOrDefault(nameof(BudgetInput.Overheads)), amounts.GetValueOrDefault(nameof(BudgetInput.Subcontracting)),
                amounts.GetValueOrDefault(nameof(BudgetInput.Equipment)), amounts.GetValueOrDefault(nameof(BudgetInput.OtherCosts)))));
        }

        if (!ModelState.IsValid)
        {
            // The amounts that were read still go through the budget's own rules, so every error shows at once.
            AddRuleErrors(requests);
            return Page();
        }

        var result = await setBudgets.Handle(id, requests, Expected, ct);
        if (!result.IsSuccess)
        {
            AddUseCaseErrors(result.Error!);
            return Page();
        }

        var saved = result.Value.Partners.Where(p => requests.Any(r => r.OrganisationId == p.OrganisationId))
            .Select(p => Texts.Format("SavedOne", Languages.Current, p.Name, Format.Money(p.Budget?.Total ?? 0)));
        return Done(Texts.Format("Saved", Languages.Current, string.Join(Texts["Separator"], saved)));
    }

    private void AddRuleErrors(List<PartnerBudgetRequest> requests)
    {
        for (var i = 0; i < requests.Count; i++)
        {
            var r = requests[i].Budget;
            var rules = Budget.Create(r.Personnel ?? 0, r.Overheads ?? 0, r.Subcontracting ?? 0, r.Equipment ?? 0, r.OtherCosts ?? 0);
            foreach (var (field, messages) in rules.Error?.FieldErrors ?? new Dictionary<string, string[]>())
            {
                AddFieldError(i, field, messages);
            }
        }
    }

    /// <summary>"budgets[1].personnel" goes next to the second partner's personnel field; other errors go at the top.</summary>
    private void AddUseCaseErrors(Error error)
    {
        var fieldErrors = error.FieldErrors ?? new Dictionary<string, string[]>();
        if (fieldErrors.Count == 0 || error.Code is not "invalid_amount")
        {
            ModelState.AddModelError(string.Empty, ErrorMessages.Summary(error, Languages.Current));
        }

        foreach (var (key, messages) in fieldErrors)
        {
            var match = BudgetField().Match(key);
            if (match.Success)
            {
                AddFieldError(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, messages);
            }
        }
    }

    private void AddFieldError(int index, string apiField, string[] messages)
    {
        var field = char.ToUpperInvariant(apiField[0]) + apiField[1..];
        ModelState.AddModelError(Key(index, field), Named(index, field, ErrorMessages.Field(apiField, messages.FirstOrDefault() ?? string.Empty, Languages.Current)));
    }

    public static string Key(int index, string field) => $"Inputs[{index}].{field}";

    /// <summary>"Personnel — ACME SAS : saisissez un montant…": the message names its field and its partner.</summary>
    private string Named(int index, string field, string message)
    {
        var partner = Dossier.Partners.FirstOrDefault(p => p.OrganisationId == Inputs[index].OrganisationId)?.Name ?? string.Empty;
        var sentence = message.Length > 1 && char.IsLower(message[1]) ? char.ToLower(message[0], Format.Culture) + message[1..] : message;
        return Texts.Format("FieldError", Languages.Current, Texts[field], partner, sentence);
    }

    [GeneratedRegex(@"^budgets\[(\d+)\]\.(\w+)$")]
    private static partial Regex BudgetField();

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
