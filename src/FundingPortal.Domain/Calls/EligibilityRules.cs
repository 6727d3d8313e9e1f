using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Calls;

/// <summary>Consortium and budget rules of a call; defaults are those of a FUI-like call.</summary>
public sealed record EligibilityRules
{
    public int MinCompanies { get; init; } = 2;
    public int MinResearchOrganisations { get; init; } = 1;
    public int MinSmeOrMidCap { get; init; }
    public int? MaxPartners { get; init; }
    public bool LeadMustBeCompany { get; init; } = true;
    public decimal MaxPartnerShare { get; init; } = 0.70m;
    public decimal? MinTotalBudget { get; init; } = 1_000_000m;
    public decimal? MaxTotalBudget { get; init; } = 4_000_000m;
    public int MinDurationMonths { get; init; } = 24;
    public int MaxDurationMonths { get; init; } = 48;
    public bool ConsortiumAgreementRequired { get; init; }

    public static EligibilityRules Default { get; } = new();

    public Result Validate()
    {
        var errors = new Dictionary<string, string[]>();
        void Check(bool ok, string field, string message)
        {
            if (!ok)
            {
                errors[$"eligibility.{field}"] = [message];
            }
        }

        Check(MinCompanies is >= 0 and <= 100, nameof(MinCompanies).ToCamel(), "Must be between 0 and 100.");
        Check(MinResearchOrganisations is >= 0 and <= 100, nameof(MinResearchOrganisations).ToCamel(), "Must be between 0 and 100.");
        Check(MinSmeOrMidCap is >= 0 and <= 100, nameof(MinSmeOrMidCap).ToCamel(), "Must be between 0 and 100.");
        Check(MaxPartners is null or >= 1 and <= 200, nameof(MaxPartners).ToCamel(), "Must be between 1 and 200, or null for no limit.");
        Check(MaxPartnerShare is > 0 and <= 1, nameof(MaxPartnerShare).ToCamel(), "Must be a fraction in ]0, 1].");
        Check(MinTotalBudget is null || (MinTotalBudget >= 0 && Money.HasAtMostTwoDecimals(MinTotalBudget.Value)), nameof(MinTotalBudget).ToCamel(), "Must be a positive amount with at most 2 decimals.");
        Check(MaxTotalBudget is null || (MaxTotalBudget >= 0 && Money.HasAtMostTwoDecimals(MaxTotalBudget.Value)), nameof(MaxTotalBudget).ToCamel(), "Must be a positive amount with at most 2 decimals.");
        Check(MinTotalBudget is null || MaxTotalBudget is null || MinTotalBudget <= MaxTotalBudget, nameof(MaxTotalBudget).ToCamel(), "Must not be below the minimum total budget.");
        Check(MinDurationMonths is >= 1 and <= 240, nameof(MinDurationMonths).ToCamel(), "Must be between 1 and 240 months.");
        Check(MaxDurationMonths >= MinDurationMonths && MaxDurationMonths <= 240, nameof(MaxDurationMonths).ToCamel(), "Must be between the minimum duration and 240 months.");

        return errors.Count == 0 ? Result.Success() : Error.Validation("validation_failed", "The eligibility rules are invalid.", errors);
    }
}

internal static class NameExtensions
{
    public static string ToCamel(this string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
