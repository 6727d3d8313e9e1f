using FundingPortal.Domain.Labelling;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.UnitTests.Reviews;

namespace FundingPortal.Domain.UnitTests.Labelling;

public sealed class LabellingDecisionTests
{
    private static readonly DateTimeOffset Now = ReviewFixtures.AfterDeadline;

    private static (Proposal Proposal, List<ReviewAssignment> Assignments) Reviewed()
    {
        var proposal = ReviewFixtures.SubmittedProposal(ReviewFixtures.Call());
        var assignments = new List<ReviewAssignment> { ReviewFixtures.Assign(proposal), ReviewFixtures.Assign(proposal) };
        assignments.ForEach(a => ReviewFixtures.SubmitComplete(a));
        ReviewProgress.Refresh(proposal, assignments, Now);
        return (proposal, assignments);
    }

    [Fact]
    public void Labelling_a_reviewed_dossier_sets_its_status_keeps_the_certificate_and_freezes_the_reviews()
    {
        var (proposal, assignments) = Reviewed();

        var decision = LabellingDecision.Decide(proposal, assignments, LabellingOutcome.Labelled, " Projet structurant. ", "LAB-2026-0007", Guid.NewGuid(), Now);

        Assert.True(decision.IsSuccess);
        Assert.Equal(ProposalStatus.Labelled, proposal.Status);
        Assert.Equal("LAB-2026-0007", decision.Value.CertificateNumber);
        Assert.Equal("Projet structurant.", decision.Value.Motivation);
        Assert.All(assignments, a => Assert.Equal("review_locked", a.SubmitReview(Domain.Calls.EvaluationGrid.Default, Now).Error?.Code));
    }

    [Theory]
    [InlineData(LabellingOutcome.NotLabelled, ProposalStatus.NotLabelled)]
    [InlineData(LabellingOutcome.Deferred, ProposalStatus.Deferred)]
    public void Other_outcomes_carry_no_certificate(LabellingOutcome outcome, ProposalStatus status)
    {
        var (proposal, assignments) = Reviewed();

        var decision = LabellingDecision.Decide(proposal, assignments, outcome, "Motivation.", "LAB-2026-0008", Guid.NewGuid(), Now);

        Assert.Equal(status, proposal.Status);
        Assert.Null(decision.Value.CertificateNumber);
    }

    [Fact]
    public void While_a_review_is_pending_the_committee_cannot_decide()
    {
        var proposal = ReviewFixtures.SubmittedProposal(ReviewFixtures.Call());
        var assignments = new List<ReviewAssignment> { ReviewFixtures.Assign(proposal), ReviewFixtures.Assign(proposal) };
        ReviewFixtures.SubmitComplete(assignments[0]);
        ReviewProgress.Refresh(proposal, assignments, Now);

        var decision = LabellingDecision.Decide(proposal, assignments, LabellingOutcome.Labelled, "Motivation.", "LAB-2026-0001", Guid.NewGuid(), Now);

        Assert.Equal("reviews_pending", decision.Error?.Code);
        Assert.Equal(ProposalStatus.UnderReview, proposal.Status);
    }

    [Fact]
    public void A_decision_is_taken_once_and_needs_a_motivation()
    {
        var (proposal, assignments) = Reviewed();
        Assert.Equal("validation_failed", LabellingDecision.Decide(proposal, assignments, LabellingOutcome.Deferred, "  ", null, Guid.NewGuid(), Now).Error?.Code);
        Assert.Equal("validation_failed", LabellingDecision.Decide(proposal, assignments, null, "Motivation.", null, Guid.NewGuid(), Now).Error?.Code);

        Assert.True(LabellingDecision.Decide(proposal, assignments, LabellingOutcome.Deferred, "Motivation.", null, Guid.NewGuid(), Now).IsSuccess);

        Assert.Equal("already_decided", LabellingDecision.Decide(proposal, assignments, LabellingOutcome.Labelled, "Motivation.", "LAB-2026-0009", Guid.NewGuid(), Now).Error?.Code);
    }

    [Fact]
    public void Certificate_numbers_read_like_LAB_year_number()
    {
        Assert.Equal("LAB-2026-0007", LabelCertificateNumber.Format(2026, 7));
        Assert.Equal("LAB-2027-12345", LabelCertificateNumber.Format(2027, 12345));
    }
}
