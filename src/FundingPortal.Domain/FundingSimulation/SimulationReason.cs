namespace FundingPortal.Domain.FundingSimulation;

/// <summary>
/// Why a dossier gets less than it asked, or who funds whom: a stable code the pages and API clients translate, and the
/// figures the sentence needs.
/// </summary>
public sealed record SimulationReason(string Code, Guid? FunderId = null, Guid? RegionalFunderId = null, Guid? OrganisationId = null, string? Region = null,
    decimal? Amount = null)
{
    /// <summary>The funder's envelope ran out on this dossier; <see cref="Amount"/> is what was left of it when the dossier's turn came.</summary>
    public const string EnvelopeExhausted = "envelope_exhausted";

    /// <summary>The State gives a partner the same share of its request as the partner's Region covers (parity); <see cref="Amount"/> is the State aid held back.</summary>
    public const string ParityWithRegion = "parity_with_region";

    /// <summary>No Region of the call funds the partner's region: the State alone funds it.</summary>
    public const string NoRegionalFunder = "no_regional_funder";

    /// <summary>The rates give this dossier no aid at all (no eligible costs, or rates of zero).</summary>
    public const string NoAidRequested = "no_aid_requested";
}
