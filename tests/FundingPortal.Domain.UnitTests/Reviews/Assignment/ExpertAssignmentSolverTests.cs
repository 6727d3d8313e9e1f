using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

public class ExpertAssignmentSolverTests
{
    private static readonly Guid P1 = Id(1), P2 = Id(2), P3 = Id(3);
    private static readonly Guid Alice = Id(101), Bob = Id(102), Carol = Id(103);

    [Fact]
    public void Each_proposal_gets_the_expert_whose_expertise_matches_best()
    {
        var problem = Problem(
            [Proposal(P1, 1, "hydrogène"), Proposal(P2, 1, "robotique")],
            [Expert(Alice, 0, "Robotique"), Expert(Bob, 0, "HYDROGENE")]);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Equal([(P1, Bob), (P2, Alice)], result.Assignments.Order());
    }

    [Fact]
    public void Balance_comes_before_expertise_match()
    {
        var problem = Problem(
            [Proposal(P1, 1, "ia"), Proposal(P2, 1, "ia")],
            [Expert(Alice, 0, "ia"), Expert(Bob, 0, "droit")]);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Equal(1, result.Assignments.Count(a => a.ExpertId == Alice));
        Assert.Equal(1, result.Assignments.Count(a => a.ExpertId == Bob));
    }

    [Fact]
    public void Existing_load_counts_toward_balance()
    {
        var problem = Problem(
            [Proposal(P1, 1, "ia"), Proposal(P2, 1, "ia"), Proposal(P3, 1, "ia")],
            [Expert(Alice, 3, "ia"), Expert(Bob, 0, "chimie"), Expert(Carol, 1, "chimie")]);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.DoesNotContain(result.Assignments, a => a.ExpertId == Alice);
        Assert.Equal(2, result.Assignments.Count(a => a.ExpertId == Bob));
    }

    [Fact]
    public void An_expert_already_on_the_proposal_is_not_assigned_again()
    {
        var problem = Problem(
            [Proposal(P1, 1, "ia") with { AssignedExpertIds = [Alice] }],
            [Expert(Alice, 1, "ia"), Expert(Bob, 0, "chimie")]);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Equal([(P1, Bob)], result.Assignments);
    }

    [Fact]
    public void Forbidden_pairs_such_as_conflicts_or_declines_are_never_assigned()
    {
        var problem = Problem(
            [Proposal(P1, 2, "ia")],
            [Expert(Alice, 0, "ia"), Expert(Bob, 0, "ia"), Expert(Carol, 0, "chimie")],
            (P1, Alice));

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Equal([(P1, Bob), (P1, Carol)], result.Assignments.Order());
    }

    [Fact]
    public void Too_few_eligible_experts_leaves_slots_unassignable_with_the_reason()
    {
        var problem = Problem(
            [Proposal(P1, 2, "ia"), Proposal(P2, 2, "ia")],
            [Expert(Alice, 0, "ia"), Expert(Bob, 0, "ia"), Expert(Carol, 0, "ia")],
            (P1, Alice), (P1, Bob), (P2, Alice), (P2, Bob), (P2, Carol));

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Equal([(P1, Carol)], result.Assignments);
        Assert.Equal(
            [
                new UnassignableSlot(P1, 1, UnassignableReasons.NotEnoughEligibleExperts, 1),
                new UnassignableSlot(P2, 2, UnassignableReasons.NotEnoughEligibleExperts, 0),
            ],
            result.Unassignable.OrderBy(u => u.ProposalId));
    }

    [Fact]
    public void Experts_at_their_maximum_load_leave_slots_unassignable_with_the_reason()
    {
        var problem = Problem(
            [Proposal(P1, 1, "ia"), Proposal(P2, 1, "ia")],
            [Expert(Alice, 2, "ia") with { MaxLoad = 3 }, Expert(Bob, 5, "ia") with { MaxLoad = 5 }]);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Single(result.Assignments);
        var slot = Assert.Single(result.Unassignable);
        Assert.Equal((1, UnassignableReasons.EligibleExpertsAtCapacity, 2), (slot.MissingSlots, slot.Reason, slot.EligibleExperts));
    }

    [Fact]
    public void A_proposal_with_no_slot_to_fill_is_left_alone()
    {
        var problem = Problem([Proposal(P1, 0, "ia")], [Expert(Alice, 0, "ia")]);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Empty(result.Assignments);
        Assert.Empty(result.Unassignable);
    }

    [Fact]
    public void Without_experts_every_slot_is_unassignable()
    {
        var problem = Problem([Proposal(P1, 2, "ia")], []);

        var result = ExpertAssignmentSolver.Solve(problem);

        Assert.Equal([new UnassignableSlot(P1, 2, UnassignableReasons.NotEnoughEligibleExperts, 0)], result.Unassignable);
    }

    [Fact]
    public void Duplicate_ids_are_rejected()
    {
        var problem = Problem([Proposal(P1, 1, "ia"), Proposal(P1, 1, "ia")], [Expert(Alice, 0, "ia")]);

        Assert.Throws<ArgumentException>(() => ExpertAssignmentSolver.Solve(problem));
    }

    [Fact]
    public void A_negative_slot_count_is_rejected()
    {
        var problem = Problem([Proposal(P1, -1, "ia")], [Expert(Alice, 0, "ia")]);

        Assert.Throws<ArgumentException>(() => ExpertAssignmentSolver.Solve(problem));
    }

    private static AssignmentProblem Problem(
        AssignmentProposal[] proposals,
        AssignmentExpert[] experts,
        params (Guid ProposalId, Guid ExpertId)[] forbidden) =>
        new(proposals, experts, forbidden.ToHashSet());

    private static AssignmentProposal Proposal(Guid id, int slots, params string[] keywords) => new(id, keywords, slots);

    private static AssignmentExpert Expert(Guid id, int load, params string[] expertise) => new(id, expertise, load);

    private static Guid Id(int value) => new($"00000000-0000-0000-0000-{value:D12}");
}
