using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Domain.UnitTests.Reviews;

public sealed class ReviewProgressTests
{
    private static readonly DateTimeOffset Now = ReviewFixtures.AfterDeadline;

    [Fact]
    public void A_submitted_dossier_with_assignments_is_under_review_until_every_active_review_is_in()
    {
        var proposal = ReviewFixtures.SubmittedProposal(ReviewFixtures.Call());
        var first = ReviewFixtures.Assign(proposal);
        var second = ReviewFixtures.Assign(proposal);

        Assert.True(ReviewProgress.Refresh(proposal, [first, second], Now).IsSuccess);
        Assert.Equal(ProposalStatus.UnderReview, proposal.Status);

        ReviewFixtures.SubmitComplete(first);
        ReviewProgress.Refresh(proposal, [first, second], Now);
        Assert.Equal(ProposalStatus.UnderReview, proposal.Status);

        ReviewFixtures.SubmitComplete(second);
        ReviewProgress.Refresh(proposal, [first, second], Now);
        Assert.Equal(ProposalStatus.Reviewed, proposal.Status);
    }

    [Fact]
    public void Declined_assignments_do_not_hold_the_dossier_back_and_a_new_one_reopens_the_review()
    {
        var proposal = ReviewFixtures.SubmittedProposal(ReviewFixtures.Call());
        var declined = ReviewFixtures.Assign(proposal);
        var done = ReviewFixtures.Assign(proposal);
        declined.Decline(DeclineReason.NotMyExpertise, null, Now);
        ReviewFixtures.SubmitComplete(done);

        ReviewProgress.Refresh(proposal, [declined, done], Now);
        Assert.Equal(ProposalStatus.Reviewed, proposal.Status);

        ReviewProgress.Refresh(proposal, [declined, done, ReviewFixtures.Assign(proposal)], Now);
        Assert.Equal(ProposalStatus.UnderReview, proposal.Status);
    }

    [Fact]
    public void A_withdrawn_dossier_is_not_under_review()
    {
        var proposal = ReviewFixtures.SubmittedProposal(ReviewFixtures.Call());
        proposal.Withdraw(Now);

        Assert.Equal("invalid_status", ReviewProgress.Refresh(proposal, [ReviewFixtures.Assign(proposal)], Now).Error?.Code);
    }
}
