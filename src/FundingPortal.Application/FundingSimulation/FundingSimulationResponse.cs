using FundingPortal.Application.Common.Localisation;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.FundingSimulation;

namespace FundingPortal.Application.FundingSimulation;

/// <summary>A funder over the whole simulation: the envelope simulated (the call's own unless overridden), what was asked of it, used and left.</summary>
public sealed record SimulatedFunderDto(Guid FunderId, string Name, FunderKind Kind, string? Region, decimal Envelope, decimal CallEnvelope, bool Overridden,
    decimal RequestedAid, decimal Used, decimal Left);

/// <summary>What one funder would give the dossier (sum over its partners) against what the rates give.</summary>
public sealed record DossierFunderAidDto(Guid FunderId, decimal RequestedAid, decimal Aid);

/// <summary>Why a dossier gets less than it asks, or who funds a partner: a stable code, its figures, and a sentence in the request's language.</summary>
public sealed record SimulationReasonDto(string Code, Guid? FunderId, Guid? RegionalFunderId, Guid? OrganisationId, string? Region, decimal? Amount, string Message);

/// <summary>One labelled dossier, at its place in the ranking of the call's labelled dossiers (1 = best).</summary>
public sealed record SimulatedDossierDto(Guid ProposalId, string Reference, string Acronym, int Position, Fundability Status, decimal RequestedAid, decimal Aid,
    IReadOnlyList<DossierFunderAidDto> Funders, IReadOnlyList<SimulationReasonDto> Reasons);

public sealed record FundingSimulationResponse(Guid CallId, string CallTitle, IReadOnlyList<SimulatedFunderDto> Funders, IReadOnlyList<SimulatedDossierDto> Dossiers,
    decimal RequestedAid, decimal Aid, int FundableCount, int PartlyFundableCount, int NotFundableCount);
