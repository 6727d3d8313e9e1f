using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Organisations;

public sealed class Organisation : Entity
{
    private Organisation()
    {
    }

    public string Name { get; private set; } = string.Empty;
    public string Siren { get; private set; } = string.Empty;
    public OrganisationCategory Category { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public string? ParentSiren { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Corporate group key used for conflicts of interest: the parent SIREN, else the organisation's own.</summary>
    public string GroupKey => ParentSiren ?? Siren;

    public static Result<Organisation> Create(string? name, string? siren, OrganisationCategory category, string? region, string? parentSiren, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            errors["name"] = ["The name is required (200 characters at most)."];
        }

        var parsedSiren = Organisations.Siren.Parse(siren);
        if (!parsedSiren.IsSuccess)
        {
            return parsedSiren.Error!;
        }

        string? parsedParent = null;
        if (!string.IsNullOrWhiteSpace(parentSiren))
        {
            var parent = Organisations.Siren.Parse(parentSiren);
            if (!parent.IsSuccess)
            {
                return Error.Field("parentSiren", "invalid_siren", "The parent SIREN is not a valid SIREN.");
            }

            parsedParent = parent.Value;
        }

        if (TextRules.HasForbiddenCharacters(name))
        {
            errors["name"] = ["Control characters are not allowed in the name."];
        }

        if (!Regions.IsKnown(region))
        {
            errors["region"] = [$"'{region}' is not a known ISO 3166-2 region code (e.g. FR-BRE)."];
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", "Some fields are invalid.", errors);
        }

        return new Organisation
        {
            Name = name!.Trim(),
            Siren = parsedSiren.Value,
            Category = category,
            Region = region!,
            ParentSiren = parsedParent,
            CreatedAt = now,
        };
    }
}
