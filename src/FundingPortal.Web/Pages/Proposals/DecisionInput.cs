using FundingPortal.Application.Common.Localisation;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FundingPortal.Web.Pages.Proposals;

/// <summary>A labelling decision as a form posts it (the committee's, or a partner cluster's co-labelling): an outcome and its motivation.</summary>
public sealed class DecisionInput<TOutcome>
    where TOutcome : struct, Enum
{
    public TOutcome? Outcome { get; set; }
    public string? Motivation { get; set; }

    /// <summary>Both are required; each page words the errors in its own texts (OutcomeRequired, MotivationRequired).</summary>
    public void Check(ModelStateDictionary modelState, TextSet texts)
    {
        if (Outcome is null)
        {
            modelState.AddModelError("Decision.Outcome", texts["OutcomeRequired"]);
        }

        if (string.IsNullOrWhiteSpace(Motivation))
        {
            modelState.AddModelError("Decision.Motivation", texts["MotivationRequired"]);
        }
    }
}
