namespace FundingPortal.Domain.Organisations;

/// <summary>French regions as ISO 3166-2 codes, with their French names (typographic apostrophe, as the documents print them).</summary>
public static class Regions
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["FR-ARA"] = "Auvergne-Rhône-Alpes",
        ["FR-BFC"] = "Bourgogne-Franche-Comté",
        ["FR-BRE"] = "Bretagne",
        ["FR-CVL"] = "Centre-Val de Loire",
        ["FR-20R"] = "Corse",
        ["FR-GES"] = "Grand Est",
        ["FR-HDF"] = "Hauts-de-France",
        ["FR-IDF"] = "Île-de-France",
        ["FR-NOR"] = "Normandie",
        ["FR-NAQ"] = "Nouvelle-Aquitaine",
        ["FR-OCC"] = "Occitanie",
        ["FR-PDL"] = "Pays de la Loire",
        ["FR-PAC"] = "Provence-Alpes-Côte d’Azur",
        ["FR-971"] = "Guadeloupe",
        ["FR-972"] = "Martinique",
        ["FR-973"] = "Guyane",
        ["FR-974"] = "La Réunion",
        ["FR-976"] = "Mayotte",
    };

    public static IReadOnlyCollection<string> Codes => Names.Keys;

    /// <summary>The cluster's own regions (Bretagne, Normandie, Pays de la Loire), proposed as a new call's territory.</summary>
    public static IReadOnlyList<string> ClusterTerritory { get; } = ["FR-BRE", "FR-NOR", "FR-PDL"];

    public static bool IsKnown(string? code) => code is not null && Names.ContainsKey(code);

    public static string NameOf(string code) => Names.TryGetValue(code, out var name) ? name : code;
}
