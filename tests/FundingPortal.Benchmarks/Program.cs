using BenchmarkDotNet.Running;
using FundingPortal.Benchmarks.Assignment;
using FundingPortal.Benchmarks.Documents;
using FundingPortal.Benchmarks.Ranking;

// dotnet run -c Release --project tests/FundingPortal.Benchmarks -- <command> [options]
//   samples <dir>             render the sample PDFs of every document kind
//   cpu [n]                   CPU time per render of the 20-page dossier
//   assignment [--bdn] [...]  time the automatic assignment (3,000 dossiers × 300 experts × 2 slots by default)
//   ranking [...]             ranking and evaluation of a call with 10,000 dossiers against PostgreSQL
//   --filter '*'              BenchmarkDotNet over the PDF benchmarks
switch (args)
{
    case ["samples", var folder]:
        SampleDocuments.Write(folder);
        return 0;
    case ["cpu", ..]:
        CpuTimeProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
        return 0;
    case ["assignment", .. var rest] when rest.Contains("--bdn"):
        BenchmarkRunner.Run<AssignmentBenchmarks>(args: rest.Where(a => a != "--bdn").ToArray());
        return 0;
    case ["assignment", .. var rest]:
        AssignmentRun.Run(rest);
        return 0;
    case ["ranking", .. var rest]:
        await RankingRun.Run(rest);
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(DossierRenderBenchmark).Assembly).Run(args);
        return 0;
}
