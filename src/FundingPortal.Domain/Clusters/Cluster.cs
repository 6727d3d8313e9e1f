using System.Text.RegularExpressions;
using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Clusters;

/// <summary>A competitiveness cluster of the alliance (pôle de compétitivité): its managers run its calls.</summary>
public sealed partial class Cluster : Entity
{
    /// <summary>The cluster the portal started with (created by the migration): existing calls and managers belong to it,
    /// and its managers administer the platform (they create the other clusters).</summary>
    public static readonly Guid FirstId = new("01938c2e-0000-7000-8000-000000000001");

    private List<string> _regions = [];

    private Cluster()
    {
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>Unique, upper-case letters, digits and dashes (e.g. "TES", "EMC2").</summary>
    public string ShortName { get; private set; } = string.Empty;

    public IReadOnlyList<string> Regions => _regions;
    public DateTimeOffset CreatedAt { get; private set; }

    public static Result<Cluster> Create(string? name, string? shortName, IReadOnlyCollection<string>? regions, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 || TextRules.HasForbiddenCharacters(name))
        {
            errors["name"] = ["The name is required (200 characters at most, no control characters)."];
        }

        var normalisedShortName = shortName?.Trim().ToUpperInvariant();
        if (normalisedShortName is null || !ShortNamePattern().IsMatch(normalisedShortName))
        {
            errors["shortName"] = ["The short name is 2 to 20 letters, digits or dashes (e.g. TES)."];
        }

        if (regions is null || regions.Count == 0 || regions.Any(r => !Organisations.Regions.IsKnown(r)) || regions.Distinct().Count() != regions.Count)
        {
            errors["regions"] = ["The regions are a non-empty list of distinct, known ISO 3166-2 region codes (e.g. FR-BRE)."];
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", string.Join(" ", errors.Values.SelectMany(m => m)), errors);
        }

        return new Cluster { Name = name!.Trim(), ShortName = normalisedShortName!, _regions = [.. regions!], CreatedAt = now };
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,19}$")]
    private static partial Regex ShortNamePattern();
}
