using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.Funders;

public enum FunderKind
{
    State,
    Region,
}

public sealed class Funder : Entity
{
    private Funder()
    {
    }

    public string Name { get; private set; } = string.Empty;
    public FunderKind Kind { get; private set; }

    /// <summary>The region a regional funder is bound to; it funds only partners located there.</summary>
    public string? Region { get; private set; }

    public static Result<Funder> Create(string? name, FunderKind kind, string? region)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 || TextRules.HasForbiddenCharacters(name))
        {
            return Error.Field("name", "validation_failed", "The name is required (200 characters at most).");
        }

        if (kind == FunderKind.Region && !Regions.IsKnown(region))
        {
            return Error.Field("region", "invalid_region", "A regional funder needs a known ISO 3166-2 region code (e.g. FR-BRE).");
        }

        if (kind == FunderKind.State && !string.IsNullOrEmpty(region))
        {
            return Error.Field("region", "invalid_region", "The State funder is not bound to a region.");
        }

        return new Funder { Name = name.Trim(), Kind = kind, Region = kind == FunderKind.Region ? region : null };
    }

    public bool MayFund(string partnerRegion) => Kind == FunderKind.State || Region == partnerRegion;
}
