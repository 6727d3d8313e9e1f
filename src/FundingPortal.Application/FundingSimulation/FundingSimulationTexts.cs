using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.FundingSimulation;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.FundingSimulation;

/// <summary>The simulation's statuses and reasons in French and English, for API clients and the simulation page alike.</summary>
public sealed class FundingSimulationTexts : TextSet
{
    private static readonly FundingSimulationTexts Texts = new();

    public FundingSimulationTexts()
        : base("FundingSimulation")
    {
        Add("Status.Fundable", "Finançable", "Fundable");
        Add("Status.PartlyFundable", "Partiellement finançable", "Partly fundable");
        Add("Status.NotFundable", "Non finançable", "Not fundable");
        Add(SimulationReason.EnvelopeExhausted, "{0} : enveloppe épuisée (reste {1})", "{0}: envelope exhausted ({1} left)");
        Add(SimulationReason.ParityWithRegion, "{0} : {1} non versés, pour rester à parité avec {2}", "{0}: {1} held back to stay at parity with {2}");
        Add(SimulationReason.NoRegionalFunder, "{0} ({1}) : aucune Région de l'appel ne finance cette région, l'État finance seul",
            "{0} ({1}): no Region of the call funds this region, the State funds alone");
        Add(SimulationReason.NoAidRequested, "Les taux de l'appel ne donnent aucune aide à ce dossier.", "The call's rates give this proposal no aid.");
        Add("UnknownFunder", "financeur inconnu", "unknown funder");
    }

    public static string StatusName(Fundability status, string language) => Texts.Get($"Status.{status}", language);

    /// <summary>The reason's sentence, naming funders and partners (names looked up; a missing one reads "unknown funder" or the id).</summary>
    public static string Describe(SimulationReason reason, IReadOnlyDictionary<Guid, string> funderNames, IReadOnlyDictionary<Guid, string> partnerNames, string language)
    {
        var format = TextFormat.For(language);
        string Funder(Guid? id) => id is { } f && funderNames.TryGetValue(f, out var name) ? name : Texts.Get("UnknownFunder", language);
        return reason.Code switch
        {
            SimulationReason.EnvelopeExhausted => Texts.Format(reason.Code, language, Funder(reason.FunderId), format.Money(reason.Amount ?? 0m)),
            SimulationReason.ParityWithRegion => Texts.Format(reason.Code, language, Funder(reason.FunderId), format.Money(reason.Amount ?? 0m), Funder(reason.RegionalFunderId)),
            SimulationReason.NoRegionalFunder => Texts.Format(reason.Code, language,
                reason.OrganisationId is { } o && partnerNames.TryGetValue(o, out var partner) ? partner : reason.OrganisationId?.ToString(),
                reason.Region is { } region ? Regions.NameOf(region) : ""),
            _ => Texts.Get(reason.Code, language),
        };
    }
}
