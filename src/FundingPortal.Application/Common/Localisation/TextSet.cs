using System.Collections;

namespace FundingPortal.Application.Common.Localisation;

/// <summary>
/// The texts of one page, e-mail or document, in French and English side by side (ADR 0014). A subclass per surface,
/// named <c>&lt;Surface&gt;Texts</c>, fills itself in its constructor; keys are "<c>&lt;Surface&gt;.&lt;Key&gt;</c>" in the
/// catalogue. Placeholders are composite-format items ({0}) filled by <see cref="Format"/>.
/// </summary>
public abstract class TextSet : IEnumerable<KeyValuePair<string, (string French, string English)>>
{
    private readonly Dictionary<string, (string French, string English)> entries = new(StringComparer.Ordinal);

    protected TextSet(string name) => Name = name;

    /// <summary>The surface's name, the first part of its keys.</summary>
    public string Name { get; }

    public int Count => entries.Count;

    private readonly HashSet<string> sameInBoth = new(StringComparer.Ordinal);

    /// <summary>Adds a text; a key given twice is a bug caught when the set is built.</summary>
    protected void Add(string key, string french, string english) => entries.Add(key, (french, english));

    /// <summary>Adds a text written the same in both languages ("Notifications", "Budget"), said on purpose.</summary>
    protected void AddSame(string key, string text)
    {
        entries.Add(key, (text, text));
        sameInBoth.Add(key);
    }

    /// <summary>True when the key was added with <see cref="AddSame"/>: identical languages are then no oversight.</summary>
    public bool IsSameInBoth(string key) => sameInBoth.Contains(key);

    /// <summary>The text in the language ("fr", "en"; any other reads French).</summary>
    public string this[string key, string language] => Get(key, language);

    public bool Contains(string key) => entries.ContainsKey(key);

    public string Get(string key, string language)
    {
        if (!entries.TryGetValue(key, out var text))
        {
            throw new KeyNotFoundException($"{Name}.{key} is not in the catalogue.");
        }

        return language == Languages.English ? text.English : text.French;
    }

    /// <summary>The text with its placeholders filled ({0}, {1}…), in the language.</summary>
    public string Format(string key, string language, params object?[] args) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), args);

    /// <summary>The current UI culture's text (the request's in a web request).</summary>
    public string this[string key] => Get(key, Languages.Current);

    public IEnumerator<KeyValuePair<string, (string French, string English)>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
