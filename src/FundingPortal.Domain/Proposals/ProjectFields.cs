using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>The fields the lead edits. Drafts may be incomplete; completeness is an eligibility issue, not an input error.</summary>
public sealed record ProjectFields(string Acronym, string Title, string? Summary, IReadOnlyList<string> Keywords, int TrlStart, int TrlTarget, int DurationMonths)
{
    public const int MaxSummaryLength = 20_000;

    public Result Validate()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Acronym) || Acronym.Trim().Length > 30)
        {
            errors["acronym"] = ["The acronym is required (30 characters at most)."];
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Trim().Length > 300)
        {
            errors["title"] = ["The title is required (300 characters at most)."];
        }

        if (Summary?.Length > MaxSummaryLength)
        {
            errors["summary"] = [$"The summary is {MaxSummaryLength} characters at most."];
        }

        if (Keywords.Count > 20 || Keywords.Any(k => string.IsNullOrWhiteSpace(k) || k.Length > 60))
        {
            errors["keywords"] = ["Up to 20 non-empty keywords of 60 characters at most."];
        }

        if (TrlStart is < 1 or > 9)
        {
            errors["trlStart"] = ["A TRL is between 1 and 9."];
        }

        if (TrlTarget is < 1 or > 9)
        {
            errors["trlTarget"] = ["A TRL is between 1 and 9."];
        }
        else if (TrlTarget < TrlStart)
        {
            errors["trlTarget"] = ["The target TRL cannot be below the starting TRL."];
        }

        if (DurationMonths is < 1 or > 240)
        {
            errors["durationMonths"] = ["The duration is between 1 and 240 months."];
        }

        if (TextRules.AnyForbidden([Acronym, Title, .. Keywords]) || TextRules.HasForbiddenCharacters(Summary, multiline: true))
        {
            errors["text"] = ["Control characters are not allowed in the dossier's texts."];
        }

        return errors.Count == 0 ? Result.Success() : Error.Validation("validation_failed", "Some fields of the dossier are invalid.", errors);
    }
}
