using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Proposals.Submission;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.UnitTests.Calls;
using FundingPortal.Domain.UnitTests.Proposals;

namespace FundingPortal.Domain.UnitTests.Reviews;

internal static class ReviewFixtures
{
    public static readonly DateTimeOffset Published = new(2026, 5, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset SubmittedAt = new(2026, 10, 1, 8, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AfterDeadline = new(2026, 10, 20, 8, 0, 0, TimeSpan.Zero);

    public static Call Call() => CallFactory.Published(CallFactory.Paris(2026, 6, 1, 9), CallFactory.Paris(2026, 10, 19, 18), Published);

    public static Proposal SubmittedProposal(Call call)
    {
        var dossier = ProposalFactory.Eligible(call, SubmittedAt);
        Assert.True(dossier.Proposal.Submit(call, dossier.Organisations, new Submitter(Guid.NewGuid(), null), SubmittedAt, ProposalFactory.Frozen).IsSuccess);
        return dossier.Proposal;
    }

    public static ReviewAssignment Assign(Proposal proposal, Guid? expertId = null) =>
        ReviewAssignment.Create(proposal.Id, proposal.CallId, expertId ?? Guid.NewGuid(), AssignmentOrigin.Automatic, AfterDeadline.AddDays(30), AfterDeadline);

    public static ReviewDraft CompleteDraft(decimal score = 3, Recommendation recommendation = Recommendation.Label) =>
        new(EvaluationGrid.Default.Criteria.ToDictionary(c => c.Key, _ => (decimal?)score), new Dictionary<string, string?>(), "Solide.", recommendation);

    public static void SubmitComplete(ReviewAssignment assignment, decimal score = 3)
    {
        Assert.True(assignment.SaveDraft(CompleteDraft(score), EvaluationGrid.Default, AfterDeadline).IsSuccess);
        Assert.True(assignment.SubmitReview(EvaluationGrid.Default, AfterDeadline).IsSuccess);
    }
}
