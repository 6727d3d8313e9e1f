using System.Diagnostics;
using System.Globalization;
using FundingPortal.Application.Reviews.Assignments.AutoAssign;
using FundingPortal.Application.Reviews.Conflicts;
using FundingPortal.Benchmarks.Database;
using FundingPortal.Domain.Reviews;
using FundingPortal.Domain.Reviews.Conflicts;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Benchmarks.AutoAssignment;

/// <summary>
/// POST /api/calls/{id}/assignments/auto minus HTTP: the AutoAssign use case on PostgreSQL (load, conflicts, solver,
/// 6,000 inserts, status changes, audit, outbox, one transaction), then checks its guarantees on what was stored.
/// </summary>
public static class AutoAssignRun
{
    public static async Task Run(string[] args)
    {
        var options = args.Chunk(2).Where(c => c.Length == 2).ToDictionary(c => c[0].TrimStart('-'), c => c[1]);
        int Number(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var admin = options.GetValueOrDefault("pg") ?? Environment.GetEnvironmentVariable("FP_TEST_PG") ?? "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";
        var proposals = Number("proposals", 3000);
        var experts = Number("experts", 300);

        var connectionString = await BenchDatabase.Recreate(admin, options.GetValueOrDefault("db") ?? "fp_bench_assignment");
        await using var services = BenchDatabase.Services(connectionString);
        Guid callId;
        Guid warmUpCallId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            warmUpCallId = await CallSeeder.Seed(db, connectionString, 50, 10, 1);
            callId = await CallSeeder.Seed(db, connectionString, proposals, experts, Number("seed", 42));
        }

        Console.WriteLine($"seeded a closed call of {proposals} submitted dossiers and {experts} experts");

        // A running API has its EF model built and its code compiled: warm up on a small call first, unless `--cold 1`
        // asks for the first call of a freshly started process (the model is built by the seeding, as by the API's start-up).
        if (options.GetValueOrDefault("cold") != "1")
        {
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AutoAssign>().Handle(warmUpCallId, CancellationToken.None);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            var result = await scope.ServiceProvider.GetRequiredService<AutoAssign>().Handle(callId, CancellationToken.None);
            watch.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            if (!result.IsSuccess)
            {
                throw new InvalidOperationException(result.Error!.Message);
            }

            Console.WriteLine(FormattableString.Invariant(
                $"auto-assignment (use case, committed): {watch.Elapsed.TotalSeconds:F2} s wall, {cpuUsed.TotalSeconds:F2} s CPU in this process (load average {load}); assigned {result.Value.Assigned}, unassignable {result.Value.Unassignable.Count}"));
        }

        await using (var scope = services.CreateAsyncScope())
        {
            await Verify(scope.ServiceProvider, callId);
        }
    }

    private static async Task Verify(IServiceProvider services, Guid callId)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var profiles = services.GetRequiredService<ConflictProfiles>();
        var assignments = await db.ReviewAssignments.AsNoTracking().Where(a => a.CallId == callId && a.Status != AssignmentStatus.Declined).ToListAsync();
        var proposals = await db.Proposals.AsNoTracking().Include(p => p.Partners).Where(p => p.CallId == callId).ToListAsync();
        var experts = await db.Experts.AsNoTracking().Include(e => e.DeclaredConflicts).Where(e => e.CallIds.Contains(callId)).ToListAsync();
        var conflicted = ConflictOfInterestDetector.ConflictedPairs(await profiles.ForProposals(proposals, default), await profiles.ForExperts(experts, default),
            profiles.Today);
        var loads = experts.Select(e => assignments.Count(a => a.ExpertId == e.Id)).ToList();
        var perProposal = assignments.CountBy(a => a.ProposalId).Select(p => p.Value).ToList();
        Console.WriteLine($"checked: {conflicted.Count} conflicted pairs in the call, {assignments.Count(a => conflicted.Contains((a.ProposalId, a.ExpertId)))} assigned; " +
            $"experts per dossier {perProposal.Min()}..{perProposal.Max()}; load spread (max - min) {loads.Max() - loads.Min()}; " +
            $"dossiers under review {proposals.Count(p => p.Status == FundingPortal.Domain.Proposals.ProposalStatus.UnderReview)}");
    }
}
