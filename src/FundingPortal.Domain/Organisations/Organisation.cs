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
        if (InputErrors(name, siren, region, parentSiren) is { } invalid)
        {
            return invalid;
        }

        var parsedSiren = Organisations.Siren.Parse(siren);
        string? parsedParent = string.IsNullOrWhiteSpace(parentSiren) ? null : Organisations.Siren.Parse(parentSiren).Value;
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

    /// <summary>
    /// Every error of the typed fields at once (name, SIREN, region, group SIREN), or null: the registration form shows
    /// them all, even when the category is not chosen yet. A bad SIREN alone keeps its own code, invalid_siren.
    /// </summary>
    public static Error? InputErrors(string? name, string? siren, string? region, string? parentSiren)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200)
        {
            errors["name"] = ["The name is required (200 characters at most)."];
        }
        else if (TextRules.HasForbiddenCharacters(name))
        {
            errors["name"] = ["Control characters are not allowed in the name."];
        }

        if (Organisations.Siren.Parse(siren).Error is { } sirenError)
        {
            errors["siren"] = sirenError.FieldErrors?["siren"] ?? [sirenError.Message];
        }

        if (!string.IsNullOrWhiteSpace(parentSiren) && !Organisations.Siren.Parse(parentSiren).IsSuccess)
        {
            errors["parentSiren"] = ["The parent SIREN is not a valid SIREN."];
        }

        if (!Regions.IsKnown(region))
        {
            errors["region"] = [$"'{region}' is not a known ISO 3166-2 region code (e.g. FR-BRE)."];
        }

        if (errors.Count == 0)
        {
            return null;
        }

        return errors.Keys.All(k => k is "siren" or "parentSiren")
            ? Error.Validation("invalid_siren", errors.TryGetValue("siren", out var sirenMessages) ? sirenMessages[0] : errors["parentSiren"][0], errors)
            : Error.Validation("validation_failed", "Some fields are invalid.", errors);
    }
}
