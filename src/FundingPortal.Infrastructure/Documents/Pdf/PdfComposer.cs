using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Builds one tagged PDF (PDF/UA) from top to bottom: title block, headings, paragraphs, key–value blocks, tables
/// and callouts flow across A4 pages. The content is composed twice: a first pass only counts the pages (for the
/// footers' "page X / Y", which tagged PDF needs drawn while each page is current), the second draws them.
/// One instance per pass; instances are not shared across threads.
/// </summary>
internal sealed class PdfComposer : IDisposable
{
    private readonly PdfDocument? _document;
    private readonly XGraphics _measureContext;
    private readonly PdfDocumentInfo _info;
    private readonly PageFlow _flow;

    private PdfComposer(PdfDocumentInfo info, PageGeometry geometry, int? totalPages)
    {
        PdfFontSetup.EnsureRegistered();
        _info = info;
        _measureContext = XGraphics.CreateMeasureContext(
            new XSize(geometry.Width, geometry.Height), XGraphicsUnit.Point, XPageDirection.Downwards);
        Theme = new PdfTheme(_measureContext);
        if (totalPages is not { } pages)
        {
            _flow = PageFlow.Counting(_measureContext, Theme, geometry, info);
            return;
        }

        _document = new PdfDocument();
        _document.Options.CompressContentStreams = true;
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var tags = PdfTags.For(_document, info.LanguageTag);
        _flow = PageFlow.Drawing(_document, _measureContext, Theme, geometry, info, tags, pages);
    }

    public static byte[] Render(PdfDocumentInfo info, Action<PdfComposer> compose) =>
        Render(info, PageGeometry.A4, compose);

    public static byte[] Render(PdfDocumentInfo info, PageGeometry geometry, Action<PdfComposer> compose)
    {
        int pages;
        using (var counting = new PdfComposer(info, geometry, totalPages: null))
        {
            compose(counting);
            pages = counting._flow.PageCount;
        }

        using var drawing = new PdfComposer(info, geometry, pages);
        compose(drawing);
        return drawing.Finish();
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

    public void QrBlock(string payload, string alternativeText, params IReadOnlyList<TextRun>[] paragraphs) =>
        QrBlockWriter.Write(_flow, payload, alternativeText, paragraphs);

    public void Space(double height) => _flow.Space(height);

    public void KeepTogether(double height) => _flow.EnsureRoom(height);

    public void PageBreak()
    {
        if (!_flow.AtPageTop)
            _flow.NewPage();
    }

    private byte[] Finish()
    {
        var document = _document ?? throw new InvalidOperationException("The counting pass draws no document.");
        _flow.Close();
        document.Info.Title = _info.Title;
        document.Info.Subject = _info.Subject;
        document.Info.Author = RunningHeader.Brand;
        document.Info.Creator = RunningHeader.Brand;
        PdfUaIdentification.Reserve(document);
        DeterministicPdf.Stamp(document, _info);
        var signer = SigningScope.Current;
        signer?.Prepare(document);

        using var culture = InvariantCultureScope.Enter();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        var pdf = stream.ToArray();
        DeterministicPdf.FixXmpUuids(pdf, _info.DocumentKey);
        PdfUaIdentification.Declare(pdf);
        signer?.Sign(pdf);
        return pdf;
    }

    public void Dispose()
    {
        _flow.Dispose();
        _measureContext.Dispose();
        _document?.Dispose();
    }
}
