using FundingPortal.Application.CoFunding;
using FundingPortal.Domain.Reviews.Evaluation;

namespace FundingPortal.Application.FundingSimulation;

/// <summary>A labelled dossier with its ranking key and the partners of its last submitted version (lead first).</summary>
public sealed record LabelledDossier(Guid ProposalId, string Reference, string Acronym, RankingKey RankingKey, IReadOnlyList<PlannedPartner> Partners);

/// <summary>
/// Reads a call's labelled dossiers (not withdrawn) in one query, partners projected from the submitted snapshots by the
/// database: the simulation's only I/O, the cost that matters for a call with a thousand labelled dossiers.
/// </summary>
public interface ILabelledDossierSource
{
    Task<IReadOnlyList<LabelledDossier>> Read(Guid callId, CancellationToken ct);
}
