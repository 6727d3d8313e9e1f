using System.Reflection;
using System.Text.RegularExpressions;

namespace FundingPortal.ArchitectureTests;

/// <summary>One naming style: a use case is a verb-noun class whose only public method is Handle; names say what a type is, once.</summary>
public sealed partial class NamingTests
{
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    [Fact]
    public void A_use_case_has_only_Handle_and_is_named_like_its_folder()
    {
        var wrong = Application.GetExportedTypes()
            .Where(t => t.IsClass && PublicInstanceMethods(t).Any(m => m.Name == "Handle"))
            .Where(t => PublicInstanceMethods(t).Any(m => m.Name != "Handle") || t.Namespace!.Split('.')[^1] != t.Name)
            .Select(t => $"{t.FullName} ({string.Join(", ", PublicInstanceMethods(t).Select(m => m.Name).Distinct())})")
            .ToList();
        Assert.True(wrong.Count == 0, "Use cases: " + string.Join("; ", wrong));
    }

    [Fact]
    public void No_type_is_named_after_a_vague_role()
    {
        var wrong = Source.Assemblies.SelectMany(AreaTests.OwnTypes).Where(t => VagueSuffix().IsMatch(t.Name)).Select(t => t.FullName).ToList();
        Assert.True(wrong.Count == 0, "Say what it does instead of Queries/Query/Reader/Service/Services/UseCases: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Aggregates_are_only_in_the_domain()
    {
        var wrong = Source.Assemblies.Where(a => a != typeof(Domain.Common.Entity).Assembly).SelectMany(AreaTests.OwnTypes)
            .Where(t => t.Name.EndsWith("Aggregate", StringComparison.Ordinal)).Select(t => t.FullName).ToList();
        Assert.True(wrong.Count == 0, "An SQL sum is not an aggregate: " + string.Join(", ", wrong));
    }

    [Fact]
    public void Type_names_are_unique_across_src_and_at_least_three_letters_long()
    {
        string[] allowed = ["DependencyInjection", "Program", "IndexModel"];
        var topLevel = Source.Assemblies.SelectMany(AreaTests.OwnTypes).Where(t => !t.IsNested && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute))).ToList();
        var clashes = topLevel.GroupBy(t => t.Name).Where(g => g.Count() > 1 && !allowed.Contains(g.Key))
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(t => t.Namespace))})").ToList();
        var tooShort = topLevel.Where(t => t.Name.Length < 3).Select(t => t.FullName).ToList();
        Assert.True(clashes.Count == 0, "Same name twice: " + string.Join("; ", clashes));
        Assert.True(tooShort.Count == 0, "Names too short to explain themselves: " + string.Join(", ", tooShort));
    }

    private static IEnumerable<MethodInfo> PublicInstanceMethods(Type t) =>
        t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Where(m => !m.IsSpecialName);

    [GeneratedRegex("(Queries|Query|Reader|Service|Services|UseCases)$")]
    private static partial Regex VagueSuffix();
}
