using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;

namespace FundingPortal.Application.Reviews.Evaluation;

/// <summary>
/// Recomputes a dossier's stored figures from its submitted reviews in the same unit of work as the change. The
/// row's concurrency token makes two reviews submitted at once retry rather than overwrite each other's figures.
/// </summary>
public sealed class EvaluationRefresher(IAppDbContext db)
{
    /// <param name="callRows">The call's rows, loaded tracked by a bulk change: a dossier missing from them has no row yet.</param>
    public async Task Refresh(Proposal proposal, EvaluationGrid grid, IEnumerable<ReviewAssignment> assignmentsOfProposal, DateTimeOffset now,
        CancellationToken ct, IReadOnlyDictionary<Guid, ProposalEvaluation>? callRows = null)
    {
        var evaluation = callRows is null
            ? await db.ProposalEvaluations.FindAsync([proposal.Id], ct)
            : callRows.GetValueOrDefault(proposal.Id);
        if (evaluation is null)
        {
            evaluation = ProposalEvaluation.Start(proposal.Id, proposal.CallId, now);
            db.ProposalEvaluations.Add(evaluation);
        }

        evaluation.Update(Aggregate(grid, assignmentsOfProposal.Where(a => a.ProposalId == proposal.Id)), now);
    }

    public static EvaluationResult Aggregate(EvaluationGrid grid, IEnumerable<ReviewAssignment> assignments) =>
        EvaluationAggregator.Aggregate(grid, assignments.Where(a => a.HasSubmittedReview && a.Review is not null)
            .Select(a => (IReadOnlyDictionary<string, decimal>)a.Review!.Scores).ToList());
}
