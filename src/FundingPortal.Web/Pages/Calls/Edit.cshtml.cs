using FundingPortal.Application.Calls;
using FundingPortal.Application.Calls.CreateCall;
using FundingPortal.Application.Calls.GetCall;
using FundingPortal.Application.Calls.UpdateCall;
using FundingPortal.Application.Common;
using FundingPortal.Application.Funders.ListFunders;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Organisations;
using static FundingPortal.Web.Formatting.RequestText;
using FundingPortal.Web.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FundingPortal.Web.Pages.Calls;

/// <summary>Creates a call (/appels/nouveau) or edits a draft one (/appels/{id}/modifier).</summary>
[Authorize(Roles = Roles.ClusterManager)]
public sealed partial class EditModel(GetCall getCall, ListFunders listFunders) : PageModel
{
    private static readonly CallTexts Texts = new();

    [BindProperty]
    public CallInput Input { get; set; } = new();

    public Guid? CallId { get; private set; }
    public EvaluationGrid Grid { get; private set; } = EvaluationGrid.Default;

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        if (id is { } callId)
        {
            var existing = await LoadExisting(callId, ct);
            if (existing is null)
            {
                return NotFound();
            }

            if (existing.Status != CallStatus.Draft)
            {
                TempData["Flash"] = Texts["AlreadyPublished"];
                return Redirect($"/appels/{callId}");
            }

            Input = CallInput.From(existing);
        }

        Input.MergeFunders(await listFunders.Handle(ct));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, [FromServices] CreateCall create, [FromServices] UpdateCall update, CancellationToken ct)
    {
        var existing = id is { } callId ? await LoadExisting(callId, ct) : null;
        if (id is not null && existing is null)
        {
            return NotFound();
        }

        var grid = existing is null ? null : new EvaluationGridDto(existing.EvaluationGrid.ScaleMax, existing.EvaluationGrid.LabelThreshold, existing.EvaluationGrid.Criteria);
        var (request, funderRows) = Input.ToRequest(ModelState, grid);
        if (request is null)
        {
            return await Redisplay(ct);
        }

        // Terms this form does not show (out-of-territory rates) are kept as they were.
        var kept = existing?.Funders.ToDictionary(f => f.FunderId, f => f.OutOfTerritoryRates);
        request = request with
        {
            Funders = request.Funders!.Select(f => f with { OutOfTerritoryRates = kept?.GetValueOrDefault(f.FunderId)?.ToDictionary() }).ToList(),
        };

        var result = id is { } editedId ? await update.Handle(editedId, request, ct) : await create.Handle(request, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!, field => FieldKey(field, funderRows));
            return await Redisplay(ct);
        }

        TempData["Flash"] = id is null ? Texts["CreatedDraft"] : Texts["ChangesSaved"];
        return Redirect($"/appels/{result.Value.Id}");
    }

    private async Task<CallResponse?> LoadExisting(Guid id, CancellationToken ct)
    {
        CallId = id;
        var result = await getCall.Handle(id, ct);
        if (result.IsSuccess)
        {
            Grid = result.Value.EvaluationGrid;
        }

        return result.IsSuccess ? result.Value : null;
    }

    private async Task<IActionResult> Redisplay(CancellationToken ct)
    {
        Input.MergeFunders(await listFunders.Handle(ct));
        ModelState.NameFields(LabelOf);
        return Page();
    }

    /// <summary>The label of a form key, so that every error names its field (a funder's fields also name the funder).</summary>
    private string? LabelOf(string key)
    {
        var funderField = FunderField().Match(key);
        if (funderField.Success)
        {
            var row = int.Parse(funderField.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            var name = row < Input.Funders.Count ? Input.Funders[row].Name : null;
            var label = funderField.Groups[2].Value switch
            {
                "Envelope" => Texts["EnvelopeEuros"],
                "Sme" => Texts.Format("RateOf", Languages.Current, Labels.Category(OrganisationCategory.Sme)),
                "MidCap" => Texts.Format("RateOf", Languages.Current, Labels.Category(OrganisationCategory.MidCap)),
                "Large" => Texts.Format("RateOf", Languages.Current, Labels.Category(OrganisationCategory.Large).ToLower(Format.Culture)),
                _ => Texts.Format("RateOf", Languages.Current, Labels.Category(OrganisationCategory.Research).ToLower(Format.Culture)),
            };
            return $"{name} — {label}";
        }

        var field = key.StartsWith("Input.", StringComparison.Ordinal) ? key[6..] : key;
        return field switch
        {
            nameof(CallInput.Title) => Texts["Title"],
            nameof(CallInput.Programme) => Texts["Programme"],
            nameof(CallInput.Description) => Texts["Description"],
            nameof(CallInput.Territory) => Texts["ClusterTerritory"],
            nameof(CallInput.ExpertsPerProposal) => Texts["ExpertsPerProposal"],
            nameof(CallInput.MinCompanies) => Texts["MinCompanies"],
            nameof(CallInput.MinResearchOrganisations) => Texts["MinResearch"],
            nameof(CallInput.MinSmeOrMidCap) => Texts["MinSmeOrMidCap"],
            nameof(CallInput.MaxPartners) => Texts["MaxPartnersField"],
            nameof(CallInput.MaxPartnerShare) => Texts["MaxShareField"],
            nameof(CallInput.MinTotalBudget) => Texts["MinBudgetField"],
            nameof(CallInput.MaxTotalBudget) => Texts["MaxBudgetField"],
            nameof(CallInput.MinDurationMonths) => Texts["MinDurationField"],
            nameof(CallInput.MaxDurationMonths) => Texts["MaxDurationField"],
            _ when CallInput.Milestones.Contains(field) => Texts[field + "Field"],
            nameof(CallInput.PreProposalDeadline) => Texts["PreProposalDeadlineField"],
            nameof(CallInput.PreProposalMaxPages) => Texts["PreProposalMaxPagesField"],
            _ => null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Input\.Funders\[(\d+)\]\.(\w+)$")]
    private static partial System.Text.RegularExpressions.Regex FunderField();

    /// <summary>"funders[1].rates.Sme" → the form row of the request's second funder; "eligibility.minCompanies" → Input.MinCompanies.</summary>
    private static string? FieldKey(string field, List<int> funderRows)
    {
        if (field.StartsWith("funders[", StringComparison.Ordinal))
        {
            var close = field.IndexOf(']', StringComparison.Ordinal);
            if (int.TryParse(field[8..close], out var index) && index < funderRows.Count)
            {
                var rest = field[(close + 1)..].Split('.', StringSplitOptions.RemoveEmptyEntries);
                var last = rest.Length == 0 ? "Envelope" : rest[^1];
                var property = last switch { "envelope" => "Envelope", "funderId" => "Envelope", "rates" => "Sme", _ => last };
                return $"Input.Funders[{funderRows[index]}].{property}";
            }

            return null;
        }

        if (field.StartsWith("evaluationGrid", StringComparison.Ordinal) || field == "funders")
        {
            return null;
        }

        if (field.StartsWith("preProposal.", StringComparison.Ordinal))
        {
            return field.StartsWith("preProposal.maxPages", StringComparison.Ordinal) ? "Input.PreProposalMaxPages" : "Input.PreProposalDeadline";
        }

        var head = field.Split('.')[0];
        if (head is "opensAt" or "submissionDeadline" or "reviewDeadline" or "committeeDate" or "fundingDecisionDeadline")
        {
            return $"Input.{char.ToUpperInvariant(head[0])}{head[1..]}";
        }

        return ModelStateErrors.Into("Input")(field);
    }
}
