using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// The structure tree of a tagged (PDF/UA) document, built while drawing: every text is drawn inside a structure
/// element (headings, paragraphs, table cells) in reading order, and everything decorative (running header and
/// footer, rules, fills, repeated table headers) is drawn as an artifact so screen readers skip it.
/// The page-counting pass has no tags: then every call is a no-op.
/// </summary>
internal sealed class PdfTags
{
    private readonly StructureBuilder? _builder;

    private PdfTags(StructureBuilder? builder) => _builder = builder;

    public static PdfTags None { get; } = new(null);

    public static PdfTags For(PdfDocument document, string language)
    {
        var manager = UAManager.ForDocument(document);
        manager.SetDocumentLanguage(language);
        return new PdfTags(manager.StructureBuilder);
    }

    public Element Begin(PdfBlockLevelElementTag tag)
    {
        _builder?.BeginElement(tag);
        return new Element(_builder);
    }

    /// <summary>An image that says something: a Figure with its alternative text and its box on the page.</summary>
    public Element BeginFigure(string alternativeText, PdfSharp.Drawing.XRect box)
    {
        _builder?.BeginElement(PdfIllustrationElementTag.Figure, alternativeText, box);
        return new Element(_builder);
    }

    /// <summary>A header cell, with the scope PDF/UA asks of table headers (/Column or /Row).</summary>
    public Element BeginHeaderCell(HeaderScope scope)
    {
        var element = Begin(PdfBlockLevelElementTag.TableHeaderCell);
        if (_builder is not null)
        {
            var attributes = new PdfDictionary();
            attributes.Elements.SetName("/O", "/Table");
            attributes.Elements.SetName("/Scope", scope == HeaderScope.Column ? "/Column" : "/Row");
            _builder.CurrentStructureElement.Elements.SetObject("/A", attributes);
        }

        return element;
    }

    public void Artifact(Action draw)
    {
        if (_builder is null)
        {
            draw();
            return;
        }

        _builder.BeginArtifact();
        draw();
        _builder.End();
    }

    /// <summary>Ends its element when disposed; a value type so that tagging allocates nothing per element.</summary>
    public readonly struct Element(StructureBuilder? builder) : IDisposable
    {
        public void Dispose() => builder?.End();
    }
}

internal enum HeaderScope
{
    Column,
    Row,
}
