namespace FundingPortal.Domain.Proposals;

/// <summary>
/// A reason the dossier cannot be submitted yet: a stable code and the facts its sentence needs (counts, amounts as
/// decimals, shares as fractions, names), in the order the code documents. The Application words it in each language
/// (<c>EligibilityTexts</c>).
/// </summary>
public sealed record EligibilityIssue(string Code, IReadOnlyList<object> Values)
{
    public EligibilityIssue(string code, params object[] values)
        : this(code, (IReadOnlyList<object>)[.. values])
    {
    }

    /// <summary>The part of the dossier where this issue is put right (the step that shows it); null when it is the call's (its window).</summary>
    public CorrectionScope? Part => PartOf(Code);

    /// <summary>The part of the dossier an issue code belongs to: the dossier's steps are "done" when none of their issues is left.</summary>
    public static CorrectionScope? PartOf(string code) => code switch
    {
        "missing_field" or "duration_out_of_range" => CorrectionScope.Project,
        "too_few_companies" or "too_few_research_organisations" or "too_few_sme_or_midcap" or "too_many_partners" or "lead_not_company" => CorrectionScope.Partners,
        "partner_without_budget" or "budget_below_minimum" or "budget_above_maximum" or "partner_share_too_high" => CorrectionScope.Budgets,
        "consortium_agreement_missing" => CorrectionScope.Attachments,
        _ => null,
    };
}
