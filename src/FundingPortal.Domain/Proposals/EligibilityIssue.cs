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
}
