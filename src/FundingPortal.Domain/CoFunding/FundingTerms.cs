namespace FundingPortal.Domain.CoFunding;

/// <summary>What a funder decides on the aid requested from it for one dossier.</summary>
public enum FundingDecision
{
    Granted,
    Declined,
}

public enum FundingInstrument
{
    Grant,
    RepayableAdvance,
}

/// <summary>Where a dossier stands once every requested funder has decided.</summary>
public enum FundingOutcome
{
    Funded,
    PartiallyFunded,
    NotFunded,
}

/// <summary>An amount a funder grants to one partner, as the officer records it.</summary>
public sealed record GrantLine(Guid OrganisationId, decimal GrantedAmount, FundingInstrument? Instrument);
