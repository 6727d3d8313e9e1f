using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Evaluation;
using FundingPortal.Domain.Reviews.Experts;

namespace FundingPortal.Application.Reviews.Assignments;

/// <summary>
/// The common tail of every change to who reviews a dossier: add the assignments, announce them, move the dossier
/// along (under review, reviewed) and record its status change on its own audit stream.
/// </summary>
public sealed class AssignmentRecorder(IAppDbContext db, IOutbox outbox, IAuditTrail audit)
{
    public ReviewAssignment Add(Proposal proposal, Call call, Expert expert, AssignmentOrigin origin, DateTimeOffset now)
    {
        var assignment = ReviewAssignment.Create(proposal.Id, call.Id, expert.Id, origin, call.Timeline.ReviewDeadline.Utc, now);
        db.ReviewAssignments.Add(assignment);
        outbox.Enqueue(new ExpertAssigned(assignment.Id, proposal.Id, call.Id, proposal.Reference, proposal.Acronym, expert.Id, expert.UserId,
            assignment.DueAt, origin.ToString()));
        return assignment;
    }

    /// <param name="assignmentsOfProposal">Every assignment of the dossier as it stands in this unit of work, read after <paramref name="review"/> was taken.</param>
    /// <param name="review">The dossier's row from <see cref="EvaluationRefresher.Take"/>.</param>
    public async Task<Result> MoveAlong(Proposal proposal, Call call, IReadOnlyCollection<ReviewAssignment> assignmentsOfProposal, ProposalEvaluation review,
        DateTimeOffset now, CancellationToken ct)
    {
        var before = proposal.Status;
        var refreshed = ReviewProgress.Refresh(proposal, assignmentsOfProposal, now);
        if (!refreshed.IsSuccess)
        {
            return refreshed;
        }

        EvaluationRefresher.Refresh(review, call.EvaluationGrid, assignmentsOfProposal, now);

        if (proposal.Status != before)
        {
            await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, ActionFor(before, proposal.Status), before.ToString(), proposal.Status.ToString(),
                new { activeAssignments = assignmentsOfProposal.Count(a => a.IsActive) }, ct);
            if (proposal.Status == ProposalStatus.Reviewed)
            {
                outbox.Enqueue(new ProposalReviewed(proposal.Id, proposal.CallId, proposal.Reference, now));
            }
        }

        return Result.Success();
    }

    private static string ActionFor(ProposalStatus before, ProposalStatus after) => (before, after) switch
    {
        (ProposalStatus.Submitted, _) => "review_started",
        (_, ProposalStatus.Reviewed) => "reviews_completed",
        _ => "review_reopened",
    };
}
