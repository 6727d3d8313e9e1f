using System.Collections.Frozen;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class FrenchLabels
{
    private static readonly FrozenDictionary<string, string> Regions = new Dictionary<string, string>
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
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Region(string isoCode) => Regions.GetValueOrDefault(isoCode, isoCode);

    public static string Category(PartnerCategory category) => category switch
    {
        PartnerCategory.Sme => "PME",
        PartnerCategory.MidCap => "ETI",
        PartnerCategory.Large => "Grande entreprise",
        PartnerCategory.Research => "Organisme de recherche",
        _ => category.ToString(),
    };

    public static string Role(PartnerRole role) => role == PartnerRole.Lead ? "Chef de file" : "Partenaire";

    public static string Decision(LabellingDecision decision) => decision switch
    {
        LabellingDecision.Labelled => "Labellisé",
        LabellingDecision.NotLabelled => "Non labellisé",
        LabellingDecision.Deferred => "Ajourné",
        _ => decision.ToString(),
    };

    public static string Decision(FunderDecision decision) => decision == FunderDecision.Granted ? "Accordé" : "Refusé";

    public static string Instrument(FundingInstrument instrument) =>
        instrument == FundingInstrument.Grant ? "Subvention" : "Avance remboursable";

    public static string Outcome(FundingOutcome outcome) => outcome switch
    {
        FundingOutcome.Funded => "Financé",
        FundingOutcome.PartiallyFunded => "Partiellement financé",
        FundingOutcome.NotFunded => "Non financé",
        _ => outcome.ToString(),
    };

    /// <summary>123 456 789</summary>
    public static string Siren(string siren) =>
        siren.Length == 9 && siren.All(char.IsAsciiDigit)
            ? $"{siren[..3]}{FrenchFormat.NoBreakSpace}{siren[3..6]}{FrenchFormat.NoBreakSpace}{siren[6..]}"
            : siren;

    /// <summary>« text » with no-break spaces, as French typography wants.</summary>
    public static string Quoted(string text) => $"«{FrenchFormat.NoBreakSpace}{text}{FrenchFormat.NoBreakSpace}»";
}
