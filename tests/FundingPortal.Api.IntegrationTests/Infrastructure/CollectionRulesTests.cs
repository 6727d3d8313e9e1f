using System.Reflection;
using System.Text.RegularExpressions;

namespace FundingPortal.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Keeps the suite fast and its tests apart: a class that needs a host shares its collection's (a host per class means
/// a database created and migrated per class), resets it before each test, and no test starts a host of its own.
/// </summary>
public sealed class CollectionRulesTests
{
    /// <summary>The start-up and shutdown of a host are what these tests watch, so they start one themselves.</summary>
    private static readonly string[] StartItsOwnHost = ["OutboundConnectionTests", "NeighbourHostMetricsTests"];

    /// <summary>Seeded at start-up (demo data) or by a class fixture on the shared host: reset once, then only read.</summary>
    private static readonly string[] ReadOnlyData = ["ReviewDemoDataTests", "DemoVerificationTests", "DemoSimulationTests", "FundingReportTests", "ProposalSearchTests", "DemoClusterTests"];

    private static readonly Type[] TestClasses = typeof(CollectionRulesTests).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.GetMethods().Any(m => m.GetCustomAttribute<FactAttribute>() is not null))
        .ToArray();

    [Fact]
    public void Every_class_that_takes_a_host_joins_a_collection_and_takes_it_as_the_collection_fixture()
    {
        var strays = TestClasses.Where(t => TakesAHost(t) && t.GetCustomAttribute<CollectionAttribute>() is null).Select(t => t.Name)
            .Concat(TestClasses.Where(HostAsClassFixture).Select(t => $"{t.Name} (IClassFixture of a host)"));
        Assert.Empty(strays);
    }

    [Fact]
    public void Every_class_on_a_shared_host_resets_it_before_each_test()
    {
        var notReset = TestClasses.Where(t => TakesAHost(t) && !t.IsSubclassOf(typeof(PortalTest)) && !ReadOnlyData.Contains(t.Name)).Select(t => t.Name);
        Assert.Empty(notReset);
    }

    [Fact]
    public void No_test_starts_a_host_of_its_own()
    {
        var project = ProjectDirectory();
        var hosts = typeof(CollectionRulesTests).Assembly.GetTypes().Where(t => typeof(ApiFactory).IsAssignableFrom(t)).Select(t => Regex.Escape(t.Name));
        var names = string.Join("|", hosts);
        // An explicit constructor call, or a target-typed one assigned to a host-typed member or variable.
        var newHost = new Regex($@"new\s+({names})\s*\(|\b({names})\s+\w+\s*(\{{[^}}]*\}})?\s*=\s*new\s*\(");
        var builders = Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !StartItsOwnHost.Contains(Path.GetFileNameWithoutExtension(f)))
            .Where(f => newHost.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(project, f));
        Assert.Empty(builders);
    }

    private static bool TakesAHost(Type testClass) =>
        testClass.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => typeof(ApiFactory).IsAssignableFrom(p.ParameterType));

    private static bool HostAsClassFixture(Type testClass) =>
        testClass.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IClassFixture<>)
            && typeof(ApiFactory).IsAssignableFrom(i.GetGenericArguments()[0]));

    private static string ProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FundingPortal.Api.IntegrationTests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The test project's folder was not found above " + AppContext.BaseDirectory);
    }
}
