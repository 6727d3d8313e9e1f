using System.Reflection;

namespace FundingPortal.ArchitectureTests;

/// <summary>The same areas appear as folders and namespaces in every project (docs/architecture.md, "Areas").</summary>
public sealed class AreaTests
{
    public static readonly string[] Areas =
    [
        "Accounts", "Calls", "Clusters", "Organisations", "Funders", "Proposals", "Reviews", "Labelling", "Committees", "CoFunding", "FundingSimulation", "Documents", "Verification",
        "Notifications", "Calendar", "Reminders", "Reporting", "Operations", "Privacy", "Legal", "Audit", "Common",
    ];

    /// <summary>Folders that are not areas, per project: the technical parts every area uses.</summary>
    private static readonly Dictionary<string, string[]> TechnicalRoots = new()
    {
        ["FundingPortal.Domain"] = ["Audit"],
        ["FundingPortal.Application"] = ["Abstractions"],
        ["FundingPortal.Infrastructure"] = ["Persistence", "Messaging", "Jobs", "Mail", "Hosting", "Identity", "Audit"],
        ["FundingPortal.Worker"] = ["Consumers", "Jobs"],
        ["FundingPortal.Api"] = ["Auth", "Http", "Endpoints"],
        ["FundingPortal.Web"] = ["Errors", "TagHelpers", "Formatting", "Auth", "Pages"],
    };

    [Fact]
    public void Every_namespace_starts_with_an_area_or_a_technical_root_of_its_project()
    {
        var wrong = Source.Assemblies.SelectMany(OwnTypes)
            .Where(t => !IsPlaced(t.Assembly.GetName().Name!, t.Namespace!))
            .Select(t => $"{t.Namespace}.{t.Name}")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(wrong.Count == 0, "Outside an area: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Api_endpoints_and_web_pages_are_grouped_by_area()
    {
        var wrong = Source.Assemblies.SelectMany(OwnTypes)
            .Where(t => t.Namespace!.StartsWith("FundingPortal.Api.Endpoints", StringComparison.Ordinal)
                || t.Namespace.StartsWith("FundingPortal.Web.Pages.", StringComparison.Ordinal))
            .Where(t => SegmentAfter(t.Namespace!, t.Namespace!.StartsWith("FundingPortal.Api", StringComparison.Ordinal) ? "FundingPortal.Api.Endpoints" : "FundingPortal.Web.Pages")
                is not { } area || (!Areas.Contains(area) && area != "Shared"))
            .Select(t => $"{t.Namespace}.{t.Name}")
            .ToList();
        Assert.True(wrong.Count == 0, "Endpoints and pages belong in Endpoints/<Area>/ and Pages/<Area>/: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Application_use_cases_live_in_their_own_folder_inside_an_area()
    {
        var misplaced = Source.CSharpFiles("src/FundingPortal.Application")
            .Where(f => Source.Read(f).Contains(" Handle(", StringComparison.Ordinal))
            .Where(f => Path.GetFileNameWithoutExtension(f) != Path.GetFileName(Path.GetDirectoryName(f)))
            .ToList();
        Assert.True(misplaced.Count == 0, "A use case is <Area>/<UseCase>/<UseCase>.cs: " + string.Join(", ", misplaced));
    }

    internal static IEnumerable<Type> OwnTypes(Assembly assembly) =>
        assembly.GetTypes().Where(t => t.Namespace?.StartsWith("FundingPortal.", StringComparison.Ordinal) == true && !t.Name.Contains('<', StringComparison.Ordinal));

    private static bool IsPlaced(string project, string ns)
    {
        if (ns == project || !ns.StartsWith(project + ".", StringComparison.Ordinal))
        {
            return ns == project;
        }

        var first = SegmentAfter(ns, project)!;
        return Areas.Contains(first) || TechnicalRoots.GetValueOrDefault(project, []).Contains(first);
    }

    private static string? SegmentAfter(string ns, string prefix) =>
        ns.Length > prefix.Length + 1 && ns.StartsWith(prefix + ".", StringComparison.Ordinal) ? ns[(prefix.Length + 1)..].Split('.')[0] : null;
}
