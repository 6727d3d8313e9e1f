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
    /// <summary>Adds assignments of one origin and tells each expert once about all of theirs.</summary>
    public IReadOnlyList<ReviewAssignment> Add(Call call, AssignmentOrigin origin, IEnumerable<(Proposal Proposal, Expert Expert)> pairs, DateTimeOffset now)
    {
        var added = Create(call, origin, pairs, now);
        db.ReviewAssignments.AddRange(added);
        return added;
    }

    /// <summary>
    /// Like <see cref="Add"/>, but the assignments are left untracked for the caller to write in bulk
    /// (<see cref="IBulkInserter"/>) in the same transaction as the announcements.
    /// </summary>
    public IReadOnlyList<ReviewAssignment> Create(Call call, AssignmentOrigin origin, IEnumerable<(Proposal Proposal, Expert Expert)> pairs, DateTimeOffset now)
    {
        var added = pairs.Select(p => (p.Proposal, p.Expert,
            Assignment: ReviewAssignment.Create(p.Proposal.Id, call.Id, p.Expert.Id, origin, call.Timeline.ReviewDeadline.Utc, now))).ToList();
        foreach (var ofExpert in added.GroupBy(a => a.Expert.Id))
        {
            var expert = ofExpert.First().Expert;
            outbox.Enqueue(new ExpertAssigned(expert.Id, expert.UserId, call.Id, origin.ToString(), call.Timeline.ReviewDeadline.Utc,
                ofExpert.Select(a => new AssignedDossier(a.Assignment.Id, a.Proposal.Id, a.Proposal.Reference, a.Proposal.Acronym)).ToList()));
        }

        return added.Select(a => a.Assignment).ToList();
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
