using FundingPortal.Domain.Funders;

namespace FundingPortal.Domain.FundingSimulation;

/// <summary>What one funder would give one partner of a dossier: the aid the rates give, and the part of it the envelope covers.</summary>
public sealed record PartnerFunderAid(Guid OrganisationId, Guid FunderId, decimal RequestedAid, decimal Aid);

/// <summary>One dossier of the simulation, at its place in the ranking (1 = best-ranked labelled dossier).</summary>
public sealed record DossierSimulation(Guid ProposalId, int Position, IReadOnlyList<PartnerFunderAid> Lines, IReadOnlyList<SimulationReason> Reasons)
{
    public decimal RequestedAid => Lines.Sum(l => l.RequestedAid);
    public decimal Aid => Lines.Sum(l => l.Aid);

    public Fundability Status => Aid switch
    {
        0m => Fundability.NotFundable,
        _ when Aid == RequestedAid => Fundability.Fundable,
        _ => Fundability.PartlyFundable,
    };

    public decimal RequestedAidFrom(Guid funderId) => Lines.Where(l => l.FunderId == funderId).Sum(l => l.RequestedAid);
    public decimal AidFrom(Guid funderId) => Lines.Where(l => l.FunderId == funderId).Sum(l => l.Aid);
}

/// <summary>
/// One funder over the whole simulation: the envelope used (real or what-if; <see cref="Overridden"/> when it differs from the
/// call's), what the dossiers asked of it, what it gives and what is left.
/// </summary>
public sealed record FunderSimulation(Guid FunderId, FunderKind Kind, string? Region, decimal Envelope, bool Overridden, decimal RequestedAid, decimal Used)
{
    public decimal Left => Envelope - Used;
}

public sealed record FundingSimulationResult(IReadOnlyList<DossierSimulation> Dossiers, IReadOnlyList<FunderSimulation> Funders);
