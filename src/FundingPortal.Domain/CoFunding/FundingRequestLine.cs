using FundingPortal.Domain.Organisations;

namespace FundingPortal.Domain.CoFunding;

/// <summary>
/// The aid requested from one funder for one partner, frozen when the request is sent (with the partner's category
/// and region at that time), and what the funder granted.
/// </summary>
public sealed class FundingRequestLine
{
    private FundingRequestLine()
    {
    }

    internal FundingRequestLine(Guid organisationId, OrganisationCategory category, string region, decimal eligibleCosts, decimal rate, decimal requestedAid)
    {
        OrganisationId = organisationId;
        Category = category;
        Region = region;
        EligibleCosts = eligibleCosts;
        Rate = rate;
        RequestedAid = requestedAid;
    }

    public Guid OrganisationId { get; private set; }
    public OrganisationCategory Category { get; private set; }
    public string Region { get; private set; } = string.Empty;
    public decimal EligibleCosts { get; private set; }
    public decimal Rate { get; private set; }
    public decimal RequestedAid { get; private set; }
    public decimal GrantedAmount { get; private set; }
    public FundingInstrument? Instrument { get; private set; }

    internal void Grant(decimal amount, FundingInstrument? instrument)
    {
        GrantedAmount = amount;
        Instrument = amount > 0 ? instrument : null;
    }
}
