using FundingPortal.Application.FundingSimulation;
using FundingPortal.Application.FundingSimulation.SimulateFunding;
using FundingPortal.Domain.Common;
using FundingPortal.Web.Errors;
using FundingPortal.Web.Formatting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace FundingPortal.Web.Pages.FundingSimulation;

/// <summary>
/// The line draw for managers and the officers of the call's funders: one envelope field per funder (a GET form: the
/// page writes nothing, a simulation can be bookmarked), then the labelled dossiers in ranking order with the line drawn.
/// </summary>
[Authorize]
public sealed class SimulationModel(SimulateFunding simulate, IStringLocalizer texts) : PageModel
{
    public const string FieldPrefix = "enveloppe-";

    public FundingSimulationResponse? Result { get; private set; }

    /// <summary>What each envelope field shows: what was typed, else the simulated envelope.</summary>
    public Dictionary<Guid, string> Typed { get; } = [];

    public static string FieldOf(Guid funderId) => $"{FieldPrefix}{funderId}";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        var overrides = ReadOverrides();
        var result = await simulate.Handle(id, new FundingSimulationRequest(ModelState.IsValid && overrides.Count > 0 ? overrides : null), ct);
        if (!result.IsSuccess && result.Error!.Kind == ErrorKind.Validation)
        {
            ModelState.AddError(result.Error, field => FieldFor(field, overrides));
            result = await simulate.Handle(id, null, ct);
        }

        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Result = result.Value;
        foreach (var funder in Result.Funders)
        {
            Typed.TryAdd(funder.FunderId, TypedNumber.ForInput(ModelState.IsValid ? funder.Envelope : funder.CallEnvelope));
        }

        return Page();
    }

    private List<EnvelopeOverride?> ReadOverrides()
    {
        var overrides = new List<EnvelopeOverride?>();
        foreach (var (key, value) in Request.Query.Where(q => q.Key.StartsWith(FieldPrefix, StringComparison.Ordinal)))
        {
            if (!Guid.TryParse(key[FieldPrefix.Length..], out var funderId))
            {
                continue;
            }

            Typed[funderId] = value.ToString();
            if (TypedNumber.TryParse(value, out var envelope))
            {
                overrides.Add(new EnvelopeOverride(funderId, envelope));
            }
            else
            {
                ModelState.AddModelError(FieldOf(funderId), texts["Simulation.AmountExpected"]);
            }
        }

        return overrides;
    }

    /// <summary>"envelopes[2].envelope" → the field of the third funder sent.</summary>
    private static string? FieldFor(string field, List<EnvelopeOverride?> overrides)
    {
        var open = field.IndexOf('[', StringComparison.Ordinal);
        var close = field.IndexOf(']', StringComparison.Ordinal);
        return open >= 0 && close > open && int.TryParse(field[(open + 1)..close], out var index) && index < overrides.Count && overrides[index]?.FunderId is { } funderId
            ? FieldOf(funderId)
            : null;
    }
}
