using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;

namespace FundingPortal.Application.Reviews.Evaluation;

/// <summary>
/// The dossier's stored figures, which double as the optimistic lock of its review: a use case that changes who
/// reviews a dossier, or what they submitted, <see cref="Take"/>s the row before reading the dossier's assignments
/// and always updates it. Two such changes racing each other then cannot both commit on a stale view of the
/// assignments: the second fails on the row's version and is retried from fresh data.
/// </summary>
public sealed class EvaluationRefresher(IAppDbContext db)
{
    public async Task<ProposalEvaluation> Take(Guid proposalId, Guid callId, DateTimeOffset now, CancellationToken ct)
    {
        var row = await db.ProposalEvaluations.FindAsync([proposalId], ct);
        if (row is null)
        {
            // Two first assignments of one dossier racing each other collide on the primary key instead.
            row = ProposalEvaluation.Start(proposalId, callId, now);
            db.ProposalEvaluations.Add(row);
        }

        return row;
    }

    public static void Refresh(ProposalEvaluation row, EvaluationGrid grid, IEnumerable<ReviewAssignment> assignmentsOfProposal, DateTimeOffset now) =>
        row.Update(Aggregate(grid, assignmentsOfProposal.Where(a => a.ProposalId == row.ProposalId)), now);

    public static EvaluationResult Aggregate(EvaluationGrid grid, IEnumerable<ReviewAssignment> assignments) =>
        EvaluationAggregator.Aggregate(grid, assignments.Where(a => a.HasSubmittedReview && a.Review is not null)
            .Select(a => (IReadOnlyDictionary<string, decimal>)a.Review!.Scores).ToList());
}
