using BenchmarkDotNet.Attributes;
using FundingPortal.Domain.Reviews.Assignment;

namespace FundingPortal.Benchmarks.Assignment;

[MemoryDiagnoser]
public class AssignmentBenchmarks
{
    private AssignmentProblem _problem = null!;

    [Params(300, 3000)]
    public int Proposals { get; set; }

    [GlobalSetup]
    public void Setup() => _problem = InstanceGenerator.Create(Proposals, Proposals / 10, 2, 0.05, seed: 42);

    [Benchmark]
    public AssignmentResult Solve() => ExpertAssignmentSolver.Solve(_problem);
}
