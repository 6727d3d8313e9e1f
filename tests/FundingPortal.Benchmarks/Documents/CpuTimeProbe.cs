using System.Diagnostics;
using FundingPortal.Documents.Tests;
using FundingPortal.Infrastructure.Documents.Renderers;

namespace FundingPortal.Benchmarks.Documents;

/// <summary>
/// Second opinion for a shared, noisy machine: process CPU time per render (pin the process to one core with
/// taskset) is barely affected by other processes, unlike wall-clock time.
/// </summary>
internal static class CpuTimeProbe
{
    public static void Run(int renders)
    {
        var renderer = new PdfDocumentRenderer();
        var dossier = SampleModels.TwentyPageDossier();
        var pages = PdfPages.Count(renderer.Render(dossier));
        for (var i = 0; i < 30; i++)
            renderer.Render(dossier);

        var wall = new double[renders];
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < renders; i++)
        {
            var start = Stopwatch.GetTimestamp();
            renderer.Render(dossier);
            wall[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        process.Refresh();
        var cpuPerRender = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / renders;
        Array.Sort(wall);
        var median = wall[renders / 2];
        Console.WriteLine($"{pages} pages, {renders} renders after 30 warm-up renders");
        Console.WriteLine($"wall:  median {median:F1} ms, min {wall[0]:F1} ms, max {wall[^1]:F1} ms -> {pages / (median / 1000):F0} pages/s");
        Console.WriteLine($"CPU:   {cpuPerRender:F1} ms per render (all threads of the process) -> {pages / (cpuPerRender / 1000):F0} pages/s");
    }
}
