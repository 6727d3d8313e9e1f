using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Domain.UnitTests.Reviews.Assignment;

public class ExpertAssignmentSolverPropertyTests
{
    private const int SeedCount = 300;

    public static TheoryData<int> Seeds => [.. Enumerable.Range(1, SeedCount)];

    public static TheoryData<int, int, int, double> MediumShapes => new()
    {
        { 120, 12, 2, 0.0 },
        { 150, 30, 3, 0.05 },
        { 200, 20, 2, 0.3 },
        { 60, 40, 2, 0.7 },
        { 250, 25, 2, 0.05 },
    };

    [Fact]
    public void Random_instances_cover_the_interesting_cases()
    {
        var problems = Enumerable.Range(1, SeedCount).Select(RandomInstances.Create).ToList();
        var reasons = problems.SelectMany(p => ExpertAssignmentSolver.Solve(p).Unassignable).CountBy(u => u.Reason).ToDictionary();

        Assert.True(reasons.GetValueOrDefault(UnassignableReasons.NotEnoughEligibleExperts) >= 20);
        Assert.True(reasons.GetValueOrDefault(UnassignableReasons.EligibleExpertsAtCapacity) >= 20);
        Assert.True(problems.Count(p => p.Proposals.Any(x => x.AssignedExpertIds!.Count > 0)) >= 50);
        Assert.True(problems.Count(p => p.Experts.Select(e => e.CurrentLoad).Distinct().Count() > 1) >= 50);
        Assert.True(problems.Count(p => p.Forbidden.Count == 0) >= 20);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_instance_respects_every_constraint(int seed)
    {
        var problem = RandomInstances.Create(seed);

        AssignmentInvariants.AssertHold(problem, ExpertAssignmentSolver.Solve(problem));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_instance_fills_as_many_slots_as_a_plain_max_flow(int seed)
    {
        var problem = RandomInstances.Create(seed);

        var result = ExpertAssignmentSolver.Solve(problem);

        var maxAssignable = ReferenceAssignment.MaxAssignable(problem);
        Assert.Equal(maxAssignable, result.Assignments.Count);
        if (maxAssignable == problem.Proposals.Sum(p => p.SlotsToFill))
        {
            Assert.Empty(result.Unassignable);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_instance_matches_the_reference_optimum_for_balance_then_overlap(int seed)
    {
        var problem = RandomInstances.Create(seed);

        var result = ExpertAssignmentSolver.Solve(problem);

        var measures = AssignmentMeasures.Of(problem, result.Assignments);
        var optimum = ReferenceAssignment.Optimum(problem);
        Assert.Equal(optimum, (result.Assignments.Count, measures.LoadCost, measures.Overlap));
    }

    [Theory]
    [MemberData(nameof(MediumShapes))]
    public void Medium_instance_is_valid_and_optimal(int proposals, int experts, int slots, double conflicts)
    {
        for (var seed = 0; seed < 3; seed++)
        {
            var shape = new InstanceShape(proposals, experts, slots, conflicts, MaxExtraLoad: 3, PreAssignedRate: 0.1, CappedExpertRate: 0.1);
            var problem = RandomInstances.Create(shape, seed);

            var result = ExpertAssignmentSolver.Solve(problem);

            AssignmentInvariants.AssertHold(problem, result);
            var measures = AssignmentMeasures.Of(problem, result.Assignments);
            Assert.Equal(ReferenceAssignment.Optimum(problem), (result.Assignments.Count, measures.LoadCost, measures.Overlap));
        }
    }

    [Fact]
    public void Large_instance_with_five_percent_conflicts_is_complete_and_balanced()
    {
        var problem = RandomInstances.Create(new InstanceShape(1500, 150, 2, 0.05), seed: 7);

        var result = ExpertAssignmentSolver.Solve(problem);

        AssignmentInvariants.AssertHold(problem, result);
        Assert.Empty(result.Unassignable);
        Assert.InRange(AssignmentMeasures.Of(problem, result.Assignments).Spread, 0, 1);
    }

    [Theory]
    [InlineData(50, 10, 2)]
    [InlineData(200, 20, 2)]
    [InlineData(97, 13, 3)]
    [InlineData(10, 30, 2)]
    public void Without_conflicts_loads_differ_by_at_most_one(int proposals, int experts, int slots)
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var problem = RandomInstances.Create(new InstanceShape(proposals, experts, slots, ConflictRate: 0), seed);

            var result = ExpertAssignmentSolver.Solve(problem);

            Assert.Empty(result.Unassignable);
            Assert.InRange(AssignmentMeasures.Of(problem, result.Assignments).Spread, 0, 1);
        }
    }

    [Theory]
    [InlineData(200, 20, 0.05)]
    [InlineData(400, 40, 0.05)]
    [InlineData(300, 30, 0.10)]
    public void With_few_conflicts_and_small_existing_loads_loads_differ_by_at_most_one(int proposals, int experts, double conflicts)
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var problem = RandomInstances.Create(new InstanceShape(proposals, experts, 2, conflicts, MaxExtraLoad: 3), seed);

            var result = ExpertAssignmentSolver.Solve(problem);

            Assert.Empty(result.Unassignable);
            Assert.InRange(AssignmentMeasures.Of(problem, result.Assignments).Spread, 0, 1);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Same_input_gives_same_output_whatever_its_order(int seed)
    {
        var problem = RandomInstances.Create(seed);
        var shuffle = new Random(seed);
        var shuffled = problem with
        {
            Proposals = [.. problem.Proposals.OrderBy(_ => shuffle.Next())],
            Experts = [.. problem.Experts.OrderBy(_ => shuffle.Next())],
            Forbidden = problem.Forbidden.OrderBy(_ => shuffle.Next()).ToHashSet(),
        };

        var first = ExpertAssignmentSolver.Solve(problem);
        var second = ExpertAssignmentSolver.Solve(problem);
        var fromShuffled = ExpertAssignmentSolver.Solve(shuffled);

        Assert.Equal(first.Assignments, second.Assignments);
        Assert.Equal(first.Assignments, fromShuffled.Assignments);
        Assert.Equal(first.Unassignable, fromShuffled.Unassignable);
    }

    [Fact]
    public void Overlap_is_at_least_the_greedy_baseline_on_average_and_whenever_balance_is_equal()
    {
        long solverTotal = 0;
        long greedyTotal = 0;
        for (var seed = 0; seed < 40; seed++)
        {
            var problem = RandomInstances.Create(new InstanceShape(80 + seed, 10 + seed % 7, 2, 0.05 * (seed % 4)), seed);
            var solver = AssignmentMeasures.Of(problem, ExpertAssignmentSolver.Solve(problem).Assignments);
            var greedyAssignments = GreedyBaseline.Assign(problem);
            var greedy = AssignmentMeasures.Of(problem, greedyAssignments);
            solverTotal += solver.Overlap;
            greedyTotal += greedy.Overlap;

            Assert.True(solver.LoadCost <= greedy.LoadCost || greedyAssignments.Count < problem.Proposals.Sum(p => p.SlotsToFill));
            if (solver.LoadCost == greedy.LoadCost)
            {
                Assert.True(solver.Overlap >= greedy.Overlap, $"seed {seed}: {solver.Overlap} < greedy {greedy.Overlap}");
            }
        }

        Assert.True(solverTotal > greedyTotal, $"solver {solverTotal} vs greedy {greedyTotal}");
    }
}
