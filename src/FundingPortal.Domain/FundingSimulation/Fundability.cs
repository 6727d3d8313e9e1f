namespace FundingPortal.Domain.FundingSimulation;

/// <summary>Where a dossier falls against the line: all of its requested aid covered, some of it, or none.</summary>
public enum Fundability
{
    Fundable,
    PartlyFundable,
    NotFundable,
}
