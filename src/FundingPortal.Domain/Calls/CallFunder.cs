using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.Calls;

/// <summary>A funder taking part in a call, with its aid rates per organisation category and its envelope.</summary>
public sealed class CallFunder
{
    private CallFunder()
    {
    }

    public Guid CallId { get; private set; }
    public Guid FunderId { get; private set; }
    public decimal Envelope { get; private set; }
    public IReadOnlyDictionary<OrganisationCategory, decimal> Rates { get; private set; } = new Dictionary<OrganisationCategory, decimal>();

    /// <summary>Rates for partners located outside the call's territory; null means the same rates everywhere.</summary>
    public IReadOnlyDictionary<OrganisationCategory, decimal>? OutOfTerritoryRates { get; private set; }

    public static Result<CallFunder> Create(Guid funderId, decimal envelope, IReadOnlyDictionary<OrganisationCategory, decimal>? rates,
        IReadOnlyDictionary<OrganisationCategory, decimal>? outOfTerritoryRates, int index)
    {
        var prefix = $"funders[{index}]";
        if (envelope < 0 || !Money.HasAtMostTwoDecimals(envelope) || envelope > 100_000_000_000m)
        {
            return Error.Field($"{prefix}.envelope", "validation_failed", "The envelope must be a positive amount in euros with at most 2 decimals.");
        }

        var ratesCheck = ValidateRates(rates, $"{prefix}.rates", required: true);
        if (!ratesCheck.IsSuccess)
        {
            return ratesCheck.Error!;
        }

        if (outOfTerritoryRates is not null)
        {
            var outCheck = ValidateRates(outOfTerritoryRates, $"{prefix}.outOfTerritoryRates", required: true);
            if (!outCheck.IsSuccess)
            {
                return outCheck.Error!;
            }
        }

        return new CallFunder
        {
            FunderId = funderId,
            Envelope = envelope,
            Rates = new Dictionary<OrganisationCategory, decimal>(rates!),
            OutOfTerritoryRates = outOfTerritoryRates is null ? null : new Dictionary<OrganisationCategory, decimal>(outOfTerritoryRates),
        };
    }

    internal void CopyTermsFrom(CallFunder other)
    {
        Envelope = other.Envelope;
        Rates = other.Rates;
        OutOfTerritoryRates = other.OutOfTerritoryRates;
    }

    public decimal RateFor(OrganisationCategory category, bool inTerritory)
    {
        var table = inTerritory || OutOfTerritoryRates is null ? Rates : OutOfTerritoryRates;
        return table.TryGetValue(category, out var rate) ? rate : 0m;
    }

    private static Result ValidateRates(IReadOnlyDictionary<OrganisationCategory, decimal>? rates, string field, bool required)
    {
        if (rates is null || (required && rates.Count == 0))
        {
            return Error.Field(field, "validation_failed", "Rates per category (Sme, MidCap, Large, Research) are required.");
        }

        foreach (var (category, rate) in rates)
        {
            if (rate is < 0 or > 1)
            {
                return Error.Field($"{field}.{category}", "invalid_rate", $"The {category} rate must be a fraction between 0 and 1.");
            }
        }

        return Result.Success();
    }
}
