using System.Diagnostics;
using System.Globalization;
using FundingPortal.Domain.Reviews.Assignment;
using FundingPortal.Domain.Reviews.Conflicts;

namespace FundingPortal.Benchmarks.Assignment;

/// <summary>Times the automatic assignment on a generated call (default 3,000 dossiers × 300 experts × 2 slots, 5 % conflicts).</summary>
public static class AssignmentConsole
{
    public static void Run(string[] args)
    {
        var options = args.Chunk(2).Where(c => c.Length == 2).ToDictionary(c => c[0].TrimStart('-'), c => c[1]);
        int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var proposals = Option("proposals", 3000);
        var experts = Option("experts", 300);
        var slots = Option("slots", 2);
        var runs = Option("runs", 3);
        var conflictRate = options.TryGetValue("conflicts", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : 0.05;

        var existing = Option("existing", 0);
        var problem = InstanceGenerator.Create(proposals, experts, slots, conflictRate, Option("seed", 42), existing);
        Console.WriteLine($"{proposals} proposals x {experts} experts x {slots} slots, {problem.Forbidden.Count} forbidden pairs ({conflictRate:P0}), existing loads 0..{existing}");

        AssignmentResult? result = null;
        var reproducible = true;
        for (var run = 1; run <= runs; run++)
        {
            var stopwatch = Stopwatch.StartNew();
            var current = ExpertAssignmentSolver.Solve(problem);
            stopwatch.Stop();
            reproducible &= result is null || result.Assignments.SequenceEqual(current.Assignments);
            result = current;
            Console.WriteLine(FormattableString.Invariant($"run {run}: {stopwatch.Elapsed.TotalSeconds:F3} s"));
        }

        var quality = AssignmentQuality.Measure(problem, result!.Assignments);
        Console.WriteLine($"solver: assigned {quality.Assigned}, unassignable {result.Unassignable.Count}, balance (max-min) {quality.Spread}, total overlap {quality.TotalOverlap}, forbidden used {quality.ForbiddenUsed}, identical across runs {reproducible}");
        var greedy = AssignmentQuality.Measure(problem, GreedyBaseline.Assign(problem));
        Console.WriteLine($"greedy: assigned {greedy.Assigned}, balance (max-min) {greedy.Spread}, total overlap {greedy.TotalOverlap}");

        var (proposalProfiles, expertProfiles) = ConflictProfileGenerator.Create(proposals, experts, seed: 7);
        var conflictWatch = Stopwatch.StartNew();
        var conflicted = ConflictOfInterestDetector.ConflictedPairs(proposalProfiles, expertProfiles, new DateOnly(2026, 6, 15));
        Console.WriteLine(FormattableString.Invariant($"conflict detection: {conflicted.Count} conflicted pairs out of {proposals * experts} in {conflictWatch.Elapsed.TotalSeconds:F3} s"));
    }
}
