using System.Reflection;
using System.Text.RegularExpressions;

namespace FundingPortal.ArchitectureTests;

/// <summary>The repository's source files, for the rules that reflection cannot see (literals, file places, project files).</summary>
public static class Source
{
    /// <summary>The repository root: the folder holding FundingPortal.sln, found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The assemblies built from src/, one per project.</summary>
    public static IReadOnlyList<Assembly> Assemblies { get; } =
    [
        typeof(Domain.Common.Entity).Assembly,
        typeof(Contracts.ProposalSubmitted).Assembly,
        typeof(Application.DependencyInjection).Assembly,
        typeof(Infrastructure.DependencyInjection).Assembly,
        typeof(Worker.BackgroundWork).Assembly,
        typeof(Web.WebSetup).Assembly,
        typeof(Api.FundingPortalApp).Assembly,
    ];

    /// <summary>Every C# file under src/ except generated migrations and build output, as a path relative to the root with '/' separators.</summary>
    public static IReadOnlyList<string> CSharpFiles(string under = "src") =>
        Directory.EnumerateFiles(Path.Combine(Root, under), "*.cs", SearchOption.AllDirectories)
            .Select(Relative)
            .Where(p => !p.Contains("/Migrations/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal)
                && !p.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The files (relative paths) whose text matches, with the first matching line, for a readable failure message.</summary>
    public static IReadOnlyList<string> FilesContaining(Regex pattern, IEnumerable<string>? files = null) =>
        (files ?? CSharpFiles())
            .Select(f => (File: f, Line: Read(f).Split('\n').FirstOrDefault(pattern.IsMatch)))
            .Where(x => x.Line is not null)
            .Select(x => $"{x.File}: {x.Line!.Trim()}")
            .ToList();

    /// <summary>The files containing the literal text, with the first matching line.</summary>
    public static IReadOnlyList<string> FilesContaining(string text, IEnumerable<string>? files = null) =>
        FilesContaining(new Regex(Regex.Escape(text)), files);

    private static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FundingPortal.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("FundingPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
