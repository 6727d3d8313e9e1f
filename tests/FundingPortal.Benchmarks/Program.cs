using BenchmarkDotNet.Running;
using FundingPortal.Benchmarks.Assignment;
using FundingPortal.Benchmarks.Documents;

// dotnet run -c Release --project tests/FundingPortal.Benchmarks -- <command>
//   samples <dir>        render the sample PDFs of every document kind
//   cpu [n]              CPU time per render of the 20-page dossier
//   assign [--proposals 3000 --experts 300 --slots 2 --conflicts 0.05]   time the automatic assignment
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
    default:
        BenchmarkSwitcher.FromAssembly(typeof(DossierRenderBenchmark).Assembly).Run(args);
        break;
}
