namespace FundingPortal.Application.FundingSimulation.SimulateFunding;

/// <summary>What-if envelopes: a funder of the call and the envelope to simulate it with; funders not listed keep their real envelope.</summary>
public sealed record EnvelopeOverride(Guid? FunderId, decimal? Envelope);

public sealed record FundingSimulationRequest(IReadOnlyList<EnvelopeOverride?>? Envelopes);
