using System.Text.RegularExpressions;
using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.ArchitectureTests;

/// <summary>The text catalogue is complete: every text in both languages, every key a page uses in the catalogue.</summary>
public sealed partial class CatalogueTests
{
    private static readonly TextCatalogue Catalogue = TextCatalogue.FromAssemblies([.. Source.Assemblies]);

    [Fact]
    public void Every_text_exists_in_French_and_in_English()
    {
        var incomplete = Catalogue.Sets
            .SelectMany(set => set.Select(e => (Key: $"{set.Name}.{e.Key}", e.Value.French, e.Value.English, Same: set.IsSameInBoth(e.Key))))
            .Where(e => string.IsNullOrWhiteSpace(e.French) || string.IsNullOrWhiteSpace(e.English) || (e.French == e.English && !e.Same))
            .Select(e => e.Key)
            .ToList();
        Assert.True(Catalogue.Sets.Count >= 5, "the catalogue found no text sets");
        Assert.Empty(incomplete);
    }

    [Fact]
    public void Both_languages_have_the_same_placeholders()
    {
        var mismatched = Catalogue.Sets
            .SelectMany(set => set.Select(e => (Key: $"{set.Name}.{e.Key}", e.Value.French, e.Value.English)))
            .Where(e => !Placeholders(e.French).SequenceEqual(Placeholders(e.English)))
            .Select(e => e.Key)
            .ToList();
        Assert.Empty(mismatched);
    }

    [Fact]
    public void Every_key_a_page_uses_is_in_the_catalogue()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Source.Root, "src", "FundingPortal.Web"), "*.cshtml", SearchOption.AllDirectories).ToList();
        var missing = pages
            .SelectMany(p => PageKey().Matches(File.ReadAllText(p)).Select(m => (Page: Path.GetFileName(p), Key: m.Groups[1].Value)))
            .Where(k => Catalogue.Find(k.Key, Languages.French) is null)
            .Select(k => $"{k.Page}: {k.Key}")
            .ToList();
        Assert.NotEmpty(pages);
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_plural_a_page_uses_has_its_one_and_many_forms()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Source.Root, "src", "FundingPortal.Web"), "*.cshtml", SearchOption.AllDirectories).ToList();
        var plurals = pages
            .SelectMany(p => PluralKey().Matches(File.ReadAllText(p)).Select(m => (Page: Path.GetFileName(p), Key: m.Groups[1].Value)))
            .ToList();
        var missing = plurals
            .SelectMany(k => new[] { k.Key + "One", k.Key + "Many" }.Select(key => (k.Page, Key: key)))
            .Where(k => Catalogue.Find(k.Key, Languages.French) is null)
            .Select(k => $"{k.Page}: {k.Key}")
            .ToList();
        Assert.NotEmpty(plurals);
        Assert.Empty(missing);
    }

    [Fact]
    public void The_navigation_names_only_keys_of_the_layout()
    {
        var navigation = File.ReadAllText(Path.Combine(Source.Root, "src/FundingPortal.Web/Pages/Shared/_Navigation.cshtml"));
        var missing = NavigationKey().Matches(navigation).Select(m => m.Groups[1].Value)
            .Where(k => Catalogue.Find("Layout." + k, Languages.English) is null)
            .ToList();
        Assert.Empty(missing);
    }

    private static IEnumerable<string> Placeholders(string text) =>
        PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal);

    [GeneratedRegex("""T\["([A-Za-z]+\.[A-Za-z_]+)"[\],]""")]
    private static partial Regex PageKey();

    [GeneratedRegex(@"T\.Plural\(""([A-Za-z]+\.[A-Za-z]+)""")]
    private static partial Regex PluralKey();

    [GeneratedRegex("""links\.Add\(\("[^"]+", "([A-Za-z]+)"\)\)""")]
    private static partial Regex NavigationKey();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
