using System.Reflection;

namespace FundingPortal.Application.Common.Localisation;

/// <summary>Every <see cref="TextSet"/> of the given assemblies, looked up by "<c>Surface.Key</c>".</summary>
public sealed class TextCatalogue
{
    private readonly Dictionary<string, TextSet> sets;

    public TextCatalogue(IEnumerable<TextSet> sets) => this.sets = sets.ToDictionary(s => s.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<TextSet> Sets => sets.Values;

    /// <summary>Builds one instance of each concrete <see cref="TextSet"/> with a parameterless constructor.</summary>
    public static TextCatalogue FromAssemblies(params Assembly[] assemblies) => new(
        assemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(TextSet)) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (TextSet)Activator.CreateInstance(t)!));

    /// <summary>The text of a full key ("Layout.SkipLink") in the language, or null when the key is not in the catalogue.</summary>
    public string? Find(string key, string language)
    {
        var dot = key.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && sets.TryGetValue(key[..dot], out var set) && set.Contains(key[(dot + 1)..])
            ? set.Get(key[(dot + 1)..], language)
            : null;
    }
}
