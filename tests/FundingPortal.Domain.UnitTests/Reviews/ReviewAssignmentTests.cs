using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Reviews;

namespace FundingPortal.Domain.UnitTests.Reviews;

public sealed class ReviewAssignmentTests
{
    private static readonly EvaluationGrid Grid = EvaluationGrid.Default;
    private static readonly DateTimeOffset Now = ReviewFixtures.AfterDeadline;

    private static ReviewAssignment NewAssignment() => ReviewFixtures.Assign(ReviewFixtures.SubmittedProposal(ReviewFixtures.Call()));

    private static ReviewDraft Draft(params (string Key, decimal? Score)[] scores) =>
        new(scores.ToDictionary(s => s.Key, s => s.Score), new Dictionary<string, string?>(), null, null);

    [Theory]
    [InlineData(0)]
    [InlineData(2.5)]
    [InlineData(5)]
    public void Scores_on_the_scale_in_half_points_are_accepted(double score)
    {
        Assert.True(NewAssignment().SaveDraft(Draft(("innovation", (decimal)score)), Grid, Now).IsSuccess);
    }

    [Theory]
    [InlineData(-0.5)]
    [InlineData(5.5)]
    [InlineData(3.25)]
    [InlineData(3.2)]
    public void Scores_off_the_scale_or_not_on_a_half_point_are_invalid(double score)
    {
        var saved = NewAssignment().SaveDraft(Draft(("innovation", (decimal)score)), Grid, Now);

        Assert.Equal("invalid_score", saved.Error?.Code);
        Assert.Contains("scores.innovation", saved.Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void An_unknown_criterion_is_invalid_in_scores_and_in_comments()
    {
        Assert.Equal("unknown_criterion", NewAssignment().SaveDraft(Draft(("design", 3)), Grid, Now).Error?.Code);
        var comment = new ReviewDraft(new Dictionary<string, decimal?>(), new Dictionary<string, string?> { ["design"] = "Beau." }, null, null);
        Assert.Equal("unknown_criterion", NewAssignment().SaveDraft(comment, Grid, Now).Error?.Code);
    }

    [Fact]
    public void Saving_a_draft_accepts_the_invitation()
    {
        var assignment = NewAssignment();
        Assert.Equal(AssignmentStatus.Invited, assignment.Status);

        Assert.True(assignment.SaveDraft(Draft(("innovation", 3)), Grid, Now).IsSuccess);

        Assert.Equal(AssignmentStatus.Accepted, assignment.Status);
    }

    [Fact]
    public void Submitting_an_incomplete_review_lists_what_is_missing()
    {
        var assignment = NewAssignment();
        assignment.SaveDraft(Draft(("innovation", 3), ("market", 4)), Grid, Now);

        var submitted = assignment.SubmitReview(Grid, Now);

        Assert.Equal("review_incomplete", submitted.Error?.Code);
        var missing = Assert.IsAssignableFrom<IEnumerable<string>>(submitted.Error!.Extensions!["missing"]);
        Assert.Equal(["scores.consortium", "scores.feasibility", "scores.roadmap", "scores.territory", "recommendation"], missing);
        Assert.Equal(AssignmentStatus.Accepted, assignment.Status);
    }

    [Fact]
    public void Submitting_without_any_draft_lists_every_criterion()
    {
        var submitted = NewAssignment().SubmitReview(Grid, Now);

        Assert.Equal("review_incomplete", submitted.Error?.Code);
        Assert.Equal(7, ((IEnumerable<string>)submitted.Error!.Extensions!["missing"]!).Count());
    }

    [Fact]
    public void A_submitted_review_is_locked()
    {
        var assignment = NewAssignment();
        ReviewFixtures.SubmitComplete(assignment);

        Assert.Equal(AssignmentStatus.Submitted, assignment.Status);
        Assert.Equal(Now, assignment.Review!.SubmittedAt);
        Assert.Equal("review_locked", assignment.SaveDraft(ReviewFixtures.CompleteDraft(4), Grid, Now).Error?.Code);
        Assert.Equal("review_locked", assignment.SubmitReview(Grid, Now).Error?.Code);
        Assert.Equal("review_already_submitted", assignment.Decline(DeclineReason.NotMyExpertise, null, Now).Error?.Code);
    }

    [Fact]
    public void After_the_committee_decision_the_review_is_frozen_even_as_a_draft()
    {
        var assignment = NewAssignment();
        assignment.Lock(Now);

        Assert.Equal("review_locked", assignment.SaveDraft(ReviewFixtures.CompleteDraft(), Grid, Now).Error?.Code);
        Assert.Equal("review_locked", assignment.SubmitReview(Grid, Now).Error?.Code);
        Assert.Equal("review_locked", assignment.EnsureRemovable().Error?.Code);
    }

    [Fact]
    public void A_declined_assignment_takes_no_review_and_no_longer_counts()
    {
        var assignment = NewAssignment();
        Assert.True(assignment.Decline(DeclineReason.TooManyAssignments, "Trop de dossiers ce mois-ci.", Now).IsSuccess);

        Assert.False(assignment.IsActive);
        Assert.Equal(DeclineReason.TooManyAssignments, assignment.DeclineReason);
        Assert.Equal("assignment_declined", assignment.SaveDraft(ReviewFixtures.CompleteDraft(), Grid, Now).Error?.Code);
        Assert.Equal("assignment_declined", assignment.Accept(Now).Error?.Code);
    }

    [Fact]
    public void Retention_erases_the_experts_comments_and_keeps_the_scores_and_recommendation()
    {
        var assignment = NewAssignment();
        var draft = ReviewFixtures.CompleteDraft(4) with { Comments = new Dictionary<string, string?> { ["innovation"] = "Claire Martin connaît bien le sujet." } };
        Assert.True(assignment.SaveDraft(draft, Grid, Now).IsSuccess);

        assignment.ErasePersonalText();
        assignment.ErasePersonalText();

        Assert.Empty(assignment.Review!.Comments);
        Assert.Null(assignment.Review.OverallComment);
        Assert.Equal(4, assignment.Review.Scores["innovation"]);
        Assert.Equal(Recommendation.Label, assignment.Review.Recommendation);
    }
}
