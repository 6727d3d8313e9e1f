using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace FundingPortal.ArchitectureTests;

/// <summary>One vocabulary: one formatter, one Paris clock, one region list, one set of enums, demo data out of production code.</summary>
public sealed partial class VocabularyTests
{
    private const string Formatting = "src/FundingPortal.Application/Common/Formatting/";

    [Fact]
    public void The_Paris_zone_is_named_once_and_looked_up_once()
    {
        Assert.Equal(["src/FundingPortal.Domain/Common/LocalInstant.cs"], Files(Source.FilesContaining("\"Europe/Paris\"")));
        Assert.Equal(["src/FundingPortal.Domain/Common/LocalInstant.cs", "src/FundingPortal.Domain/Common/ParisTime.cs"],
            Files(Source.FilesContaining("FindSystemTimeZoneById")));
    }

    /// <summary>
    /// The Domain writes its eligibility issues in French itself (ADR 0007) and cannot see the Application's formatter,
    /// so EligibilityEvaluator is the one exception.
    /// </summary>
    [Fact]
    public void French_culture_is_only_in_the_formatter()
    {
        var outside = Source.FilesContaining("GetCultureInfo(\"fr-FR\")")
            .Where(f => !f.StartsWith(Formatting, StringComparison.Ordinal) && !f.StartsWith("src/FundingPortal.Domain/Proposals/Submission/EligibilityEvaluator.cs", StringComparison.Ordinal))
            .ToList();
        Assert.True(outside.Count == 0, "Use TextFormat/TextLabels: " + string.Join("; ", outside));
    }

    [Fact]
    public void Formatting_and_labels_live_in_one_place()
    {
        var formatters = Source.CSharpFiles().Where(f => FormatterName().IsMatch(Path.GetFileName(f))).Where(f => !f.StartsWith(Formatting, StringComparison.Ordinal)).ToList();
        Assert.True(formatters.Count == 0, "A second formatter: " + string.Join(", ", formatters));
    }

    /// <summary>Demo seeding writes its organisations' regions as data; everything else asks <c>Regions</c>.</summary>
    [Fact]
    public void Region_codes_are_listed_once()
    {
        var outside = Source.FilesContaining(RegionCode())
            .Where(f => !f.StartsWith("src/FundingPortal.Domain/Organisations/Regions.cs", StringComparison.Ordinal)
                && !f.StartsWith("src/FundingPortal.DemoData/", StringComparison.Ordinal))
            .ToList();
        Assert.True(outside.Count == 0, "Region codes outside Regions: " + string.Join("; ", outside));
    }

    [Fact]
    public void No_enum_outside_the_domain_repeats_a_domain_enum()
    {
        var domain = typeof(Domain.Common.Entity).Assembly.GetTypes().Where(t => t.IsEnum).ToList();
        var copies = Source.Assemblies.Where(a => a != typeof(Domain.Common.Entity).Assembly).SelectMany(AreaTests.OwnTypes).Where(t => t.IsEnum)
            .SelectMany(e => domain.Where(d => Enum.GetNames(d).Order().SequenceEqual(Enum.GetNames(e).Order())).Select(d => $"{e.FullName} = {d.FullName}"))
            .ToList();
        Assert.True(copies.Count == 0, "Use the Domain enum: " + string.Join(", ", copies));
    }

    [Fact]
    public void Demo_data_stays_out_of_the_production_layers()
    {
        Assembly[] production = [typeof(Domain.Common.Entity).Assembly, typeof(Application.DependencyInjection).Assembly, typeof(Infrastructure.DependencyInjection).Assembly];
        var demoNamespaces = production.SelectMany(AreaTests.OwnTypes).Where(t => t.Namespace!.Split('.').Contains("Demo")).Select(t => t.FullName).ToList();
        Assert.True(demoNamespaces.Count == 0, string.Join(", ", demoNamespaces));
        foreach (var assembly in production.Append(typeof(Worker.BackgroundWork).Assembly))
        {
            var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOn("FundingPortal.DemoData").GetResult();
            Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
        }
    }

    private static List<string> Files(IEnumerable<string> hits) => hits.Select(h => h[..h.IndexOf(':', StringComparison.Ordinal)]).ToList();

    [GeneratedRegex("^(French|Fr)[A-Z]?\\w*(Format|Labels)\\.cs$|^Fr\\.cs$")]
    private static partial Regex FormatterName();

    [GeneratedRegex("\"FR-[0-9A-Z]{2,3}\"")]
    private static partial Regex RegionCode();
}
