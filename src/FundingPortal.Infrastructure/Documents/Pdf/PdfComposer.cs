using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Builds one PDF from top to bottom: title block, headings, paragraphs, key–value blocks, tables and
/// callouts flow across A4 pages. One instance per document; instances are not shared across threads.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    private readonly PdfDocument _document;
    private readonly XGraphics _measureContext;
    private readonly PdfDocumentInfo _info;
    private readonly PageFlow _flow;

    public PdfComposer(PdfDocumentInfo info)
        : this(info, PageGeometry.A4)
    {
    }

    public PdfComposer(PdfDocumentInfo info, PageGeometry geometry)
    {
        PdfFontSetup.EnsureRegistered();
        _info = info;
        _document = new PdfDocument();
        _document.Options.CompressContentStreams = true;
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        _measureContext = XGraphics.CreateMeasureContext(
            new XSize(geometry.Width, geometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        Theme = new PdfTheme(_measureContext);
        _flow = new PageFlow(_document, Theme, geometry, info);
    }

    public PdfTheme Theme { get; }

    public double BodyWidth => _flow.Width;

    public void TitleBlock(string kicker, string title, string subtitle) =>
        TitleBlockWriter.Write(_flow, kicker, title, subtitle);

    public void Heading(string text) => HeadingWriter.Write(_flow, text, 1);

    public void SubHeading(string text) => HeadingWriter.Write(_flow, text, 2);

    public void Paragraph(string text, TextStyle? style = null, TextAlign align = TextAlign.Left, double indent = 0) =>
        Paragraph([new TextRun(text, style ?? Theme.Body)], align, indent);

    public void Paragraph(IReadOnlyList<TextRun> runs, TextAlign align = TextAlign.Left, double indent = 0) =>
        ParagraphWriter.Write(_flow, runs, align, indent, Theme.ParagraphSpacing);

    /// <summary>Long free text: blank lines separate paragraphs, single line feeds are kept.</summary>
    public void Text(string text, TextStyle? style = null)
    {
        foreach (var paragraph in text.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Paragraph(paragraph, style);
    }

    public void KeyValues(IReadOnlyList<KeyValue> rows, double labelShare = 0.3)
    {
        var columns = new[]
        {
            new TableColumn("", labelShare, Style: Theme.Label),
            new TableColumn("", 1 - labelShare, Style: Theme.Body),
        };
        var tableRows = rows.Select(r => new TableRow([r.Label, new TableCell(r.Value, r.ValueStyle)])).ToArray();
        TableWriter.Write(_flow, columns, tableRows, TableOptions.KeyValue);
    }

    public void Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, bool dense = false) =>
        TableWriter.Write(_flow, columns, rows, dense ? TableOptions.DenseGrid : TableOptions.Grid);

    public void Callout(params CalloutParagraph[] paragraphs) => CalloutWriter.Write(_flow, paragraphs);

    public void Space(double height) => _flow.Space(height);

    public void KeepTogether(double height) => _flow.EnsureRoom(height);

    public void PageBreak()
    {
        if (!_flow.AtPageTop)
            _flow.NewPage();
    }

    public byte[] Finish()
    {
        _flow.Close();
        _document.Info.Title = _info.Title;
        _document.Info.Subject = _info.Subject;
        _document.Info.Author = RunningHeader.Brand;
        _document.Info.Creator = RunningHeader.Brand;
        _document.Internals.Catalog.Elements.SetString("/Lang", "fr-FR");
        DeterministicPdf.Stamp(_document, _info);

        using var culture = InvariantCultureScope.Enter();
        using var stream = new MemoryStream();
        _document.Save(stream, closeStream: false);
        var pdf = stream.ToArray();
        DeterministicPdf.FixXmpUuids(pdf, _info.DocumentKey);
        return pdf;
    }

    public void Dispose()
    {
        _flow.Dispose();
        _measureContext.Dispose();
        _document.Dispose();
    }
}
