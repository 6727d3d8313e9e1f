using FundingPortal.Domain.Clusters;

namespace FundingPortal.Application.Clusters;

public sealed record CoLabellingEntry(Guid ClusterId, string ClusterName, string ShortName, DateTimeOffset RequestedAt, CoLabellingOutcome? Outcome,
    string? Motivation, DateTimeOffset? DecidedAt);

/// <summary>The partner clusters a dossier asked to co-label it, each with its decision once taken.</summary>
public sealed record CoLabellingResponse(Guid ProposalId, IReadOnlyList<CoLabellingEntry> Clusters);
