using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Infrastructure.Documents.Renderers;

/// <summary>
/// The language of the document being rendered on this thread (rendering is synchronous), like
/// <see cref="Pdf.InvariantCultureScope"/>: the renderers write each text as <c>T("français", "English")</c>, both
/// languages side by side in the one place a document's texts live (ADR 0014), and format with <see cref="Format"/>.
/// </summary>
internal readonly struct DocumentLanguage : IDisposable
{
    [ThreadStatic]
    private static string? current;

    private readonly string? _previous;

    private DocumentLanguage(string? previous) => _previous = previous;

    public static string Current => current ?? Languages.French;

    public static TextFormat Format => TextFormat.For(Current);

    public static TextLabels Labels => TextLabels.For(Current);

    /// <summary>The PDF's natural language (/Lang), read by screen readers.</summary>
    public static string Tag => Current == Languages.English ? "en-GB" : "fr-FR";

    public static DocumentLanguage Enter(string language)
    {
        var scope = new DocumentLanguage(current);
        current = Languages.IsSupported(language) ? language : Languages.French;
        return scope;
    }

    /// <summary>The text in the document's language.</summary>
    public static string T(string french, string english) => Current == Languages.English ? english : french;

    public void Dispose() => current = _previous;
}
