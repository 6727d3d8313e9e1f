using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// The vertical cursor over a growing list of pages. Each page is finished (footer "page X / Y", graphics released)
/// before the next one starts, as tagged PDF requires; Y comes from a first pass over the same content that only
/// counts pages (<see cref="Counting"/>: no document, drawing on a measuring context).
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private const double Epsilon = 0.01;

    private readonly PdfDocument? _document;
    private readonly XGraphics _measureContext;
    private readonly PdfDocumentInfo _info;
    private readonly int _totalPages;
    private XGraphics? _current;

    private PageFlow(PdfDocument? document, XGraphics measureContext, PdfTheme theme, PageGeometry geometry,
        PdfDocumentInfo info, PdfTags tags, int totalPages)
    {
        _document = document;
        _measureContext = measureContext;
        _info = info;
        _totalPages = totalPages;
        Theme = theme;
        Geometry = geometry;
        Tags = tags;
        NewPage();
    }

    public static PageFlow Counting(XGraphics measureContext, PdfTheme theme, PageGeometry geometry, PdfDocumentInfo info) =>
        new(null, measureContext, theme, geometry, info, PdfTags.None, 0);

    public static PageFlow Drawing(PdfDocument document, XGraphics measureContext, PdfTheme theme, PageGeometry geometry,
        PdfDocumentInfo info, PdfTags tags, int totalPages) =>
        new(document, measureContext, theme, geometry, info, tags, totalPages);

    public PdfTheme Theme { get; }
    public PageGeometry Geometry { get; }
    public PdfTags Tags { get; }
    public XGraphics Graphics => _current ?? throw new ObjectDisposedException(nameof(PageFlow));
    public double Y { get; private set; }
    public double Left => Geometry.BodyLeft;
    public double Right => Geometry.BodyRight;
    public double Width => Geometry.BodyWidth;
    public double Bottom => Geometry.BodyBottom;
    public double Remaining => Bottom - Y;
    public bool AtPageTop => Y <= Geometry.BodyTop + Epsilon;
    public int PageCount { get; private set; }

    /// <summary>False in the page-counting pass, which lays out on a measuring context and may not draw images.</summary>
    public bool IsDrawing => _document is not null;

    public void Advance(double height) => Y += height;

    /// <summary>Moves to a new page unless <paramref name="height"/> fits below the cursor (or nothing is gained).</summary>
    public bool EnsureRoom(double height)
    {
        if (Y + height <= Bottom + Epsilon || AtPageTop)
            return false;
        NewPage();
        return true;
    }

    /// <summary>Vertical space that does not carry over to the top of a new page.</summary>
    public void Space(double height)
    {
        if (AtPageTop)
            return;
        if (Y + height > Bottom)
            NewPage();
        else
            Y += height;
    }

    public void NewPage()
    {
        FinishPage();
        PageCount++;
        if (_document is null)
        {
            _current = _measureContext;
        }
        else
        {
            var page = _document.AddPage();
            page.Width = XUnit.FromPoint(Geometry.Width);
            page.Height = XUnit.FromPoint(Geometry.Height);
            _current = XGraphics.FromPdfPage(page);
        }

        var graphics = _current;
        Tags.Artifact(() => RunningHeader.Draw(graphics, Theme, Geometry, _info));
        Y = Geometry.BodyTop;
    }

    /// <summary>Finishes the last page.</summary>
    public void Close() => FinishPage();

    private void FinishPage()
    {
        if (_current is null || _document is null)
            return;
        var graphics = _current;
        Tags.Artifact(() => RunningFooter.Draw(graphics, Theme, Geometry, _info, PageCount, _totalPages));
        graphics.Dispose();
        _current = null;
    }

    public void Dispose()
    {
        if (_document is not null)
            _current?.Dispose();
        _current = null;
    }
}
