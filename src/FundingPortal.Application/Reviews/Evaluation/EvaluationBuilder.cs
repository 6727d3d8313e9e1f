using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Evaluation;

/// <summary>How much of the reviewers' identity a reader may see.</summary>
public enum ReviewerIdentity
{
    Named,
    Anonymous,
}

/// <summary>Aggregates a dossier's submitted reviews, labelled Expert A, B… in their order of submission (a stable order).</summary>
public sealed class EvaluationBuilder(IAppDbContext db)
{
    public async Task<EvaluationDto> Build(Proposal proposal, Call call, ReviewerIdentity identity, Guid? readerExpertId, CancellationToken ct)
    {
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.ProposalId == proposal.Id).ToListAsync(ct);
        var submitted = Submitted(assignments);
        var expertIds = submitted.Select(a => a.ExpertId).ToList();
        var names = identity == ReviewerIdentity.Named
            ? await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.DisplayName, ct)
            : [];
        var result = EvaluationRefresher.Aggregate(call.EvaluationGrid, submitted);
        var decision = await db.LabellingDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.ProposalId == proposal.Id, ct);

        return new EvaluationDto(proposal.Id, proposal.Reference, proposal.Status, result.WeightedScore, call.EvaluationGrid.LabelThreshold,
            call.EvaluationGrid.ScaleMax, result.MeetsThreshold, result.Disagreement, submitted.Count,
            ReviewCompleteness.Of(submitted.Count, assignments.Count(a => a.IsActive), call.ExpertsPerProposal).ReviewsExpected,
            result.Criteria.Select(c => new CriterionEvaluationDto(c.Key, c.Label, c.Weight, c.MinScore, c.Mean, c.Min, c.Max, c.Disagreement, c.MeetsMinimum))
                .ToList(),
            submitted.Select((a, i) => new ReviewSummaryDto(AnonymousLabels.For(i),
                identity == ReviewerIdentity.Named ? a.ExpertId : null,
                identity == ReviewerIdentity.Named ? names.GetValueOrDefault(a.ExpertId) : null,
                a.ExpertId == readerExpertId,
                a.Review!.Recommendation, a.Review.Scores, a.Review.Comments, a.Review.OverallComment, a.Review.SubmittedAt)).ToList(),
            decision is null ? null : new DecisionDto(decision.Outcome, decision.Motivation, decision.DecidedAt, decision.CertificateNumber));
    }

    public static IReadOnlyList<ReviewAssignment> Submitted(IEnumerable<ReviewAssignment> assignments) =>
        assignments.Where(a => a.HasSubmittedReview && a.Review is not null).OrderBy(a => a.Review!.SubmittedAt).ThenBy(a => a.Id).ToList();

    public static bool IsDecided(ProposalStatus status) =>
        !status.IsBeforeLabellingDecision() && status != ProposalStatus.Withdrawn;
}
