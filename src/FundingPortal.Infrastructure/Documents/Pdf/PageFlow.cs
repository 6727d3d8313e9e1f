using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// The vertical cursor over a growing list of pages. Graphics of every page stay open until
/// <see cref="Close"/> so that footers ("page X / Y") are drawn once the page count is known.
/// </summary>
internal sealed class PageFlow : IDisposable
{
    private const double Epsilon = 0.01;

    private readonly PdfDocument _document;
    private readonly PdfDocumentInfo _info;
    private readonly List<XGraphics> _pages = [];
    private XGraphics? _current;

    public PageFlow(PdfDocument document, PdfTheme theme, PageGeometry geometry, PdfDocumentInfo info)
    {
        _document = document;
        _info = info;
        Theme = theme;
        Geometry = geometry;
        NewPage();
    }

    public PdfTheme Theme { get; }
    public PageGeometry Geometry { get; }
    public XGraphics Graphics => _current ?? throw new ObjectDisposedException(nameof(PageFlow));
    public double Y { get; private set; }
    public double Left => Geometry.BodyLeft;
    public double Right => Geometry.BodyRight;
    public double Width => Geometry.BodyWidth;
    public double Bottom => Geometry.BodyBottom;
    public double Remaining => Bottom - Y;
    public bool AtPageTop => Y <= Geometry.BodyTop + Epsilon;
    public int PageCount => _pages.Count;

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
        var page = _document.AddPage();
        page.Width = XUnit.FromPoint(Geometry.Width);
        page.Height = XUnit.FromPoint(Geometry.Height);
        _current = XGraphics.FromPdfPage(page);
        _pages.Add(_current);
        RunningHeader.Draw(_current, Theme, Geometry, _info);
        Y = Geometry.BodyTop;
    }

    /// <summary>Draws the footers and releases every page's graphics.</summary>
    public void Close()
    {
        for (var i = 0; i < _pages.Count; i++)
            RunningFooter.Draw(_pages[i], Theme, Geometry, _info, i + 1, _pages.Count);
        Dispose();
    }

    public void Dispose()
    {
        foreach (var graphics in _pages)
            graphics.Dispose();
        _pages.Clear();
        _current = null;
    }
}
