using BenchmarkDotNet.Running;
using FundingPortal.Benchmarks.Assignment;
using FundingPortal.Benchmarks.AutoAssignment;
using FundingPortal.Benchmarks.Documents;
using FundingPortal.Benchmarks.FundingSimulation;
using FundingPortal.Benchmarks.Ranking;

// dotnet run -c Release --project tests/FundingPortal.Benchmarks -- <command>
//   samples <dir>        render the sample PDFs of every document kind
//   cpu [n]              CPU time per render of the 20-page dossier
//   assign [--proposals 3000 --experts 300 --slots 2 --conflicts 0.05]   time the automatic assignment (solver only)
//   auto-assign [--proposals 3000 --experts 300 --pg <admin connection string> --cold 1]   the assignment use case on PostgreSQL (--cold 1: no warm-up call)
//   ranking [--proposals 10000 --reviews 3 --runs 200 --reuse <callId> --api-url <url>]   ranking and evaluation reads on PostgreSQL
//   simulation [--dossiers 1000 --runs 200 --pg <admin connection string> --into <connection string of the API's database> --api-url <url>]   funding simulation: calculation, use case, HTTP
//   --filter '*'         BenchmarkDotNet over every benchmark (PDF, assignment)
switch (args)
{
    case ["samples", var folder]:
        SampleDocuments.Write(folder);
        break;
    case ["cpu", ..]:
        CpuTimeProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
        break;
    case ["assign", .. var rest]:
        AssignmentConsole.Run(rest);
        break;
    case ["auto-assign", .. var rest]:
        await AutoAssignRun.Run(rest);
        break;
    case ["ranking", .. var rest]:
        await RankingRun.Run(rest);
        break;
    case ["simulation", .. var rest]:
        await SimulationRun.Run(rest);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(DossierRenderBenchmark).Assembly).Run(args);
        break;
}
