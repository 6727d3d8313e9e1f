using BenchmarkDotNet.Running;
using FundingPortal.Benchmarks.Assignment;
using FundingPortal.Benchmarks.AutoAssignment;
using FundingPortal.Benchmarks.Ranking;

// dotnet run -c Release --project tests/FundingPortal.Benchmarks -- [assignment|auto-assignment|ranking] [options]
var mode = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "assignment";
var options = args.Where(a => a != mode).ToArray();
switch (mode)
{
    case "assignment" when options.Contains("--bdn"):
        BenchmarkRunner.Run<AssignmentBenchmarks>(args: options.Where(a => a != "--bdn").ToArray());
        break;
    case "assignment":
        AssignmentRun.Run(options);
        break;
    case "auto-assignment":
        await AutoAssignRun.Run(options);
        break;
    case "ranking":
        await RankingRun.Run(options);
        break;
    default:
        Console.Error.WriteLine($"unknown mode {mode}: assignment, auto-assignment or ranking");
        return 2;
}

return 0;
