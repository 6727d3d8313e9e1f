using PdfSharp.Drawing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>A font at a size, a colour and a line box; measures text without touching PDFsharp again.</summary>
internal sealed class TextStyle
{
    private readonly GlyphWidths _widths;

    public TextStyle(GlyphWidths widths, XFont font, XBrush brush, double lineHeightFactor = 1.35)
    {
        _widths = widths;
        Font = font;
        Brush = brush;
        Size = font.Size;
        LineHeight = Math.Round(Size * lineHeightFactor, 2);
        var metrics = font.Metrics;
        var ascent = Size * metrics.Ascent / metrics.UnitsPerEm;
        var descent = Size * metrics.Descent / metrics.UnitsPerEm;
        Baseline = (LineHeight - ascent - descent) / 2 + ascent;
    }

    public XFont Font { get; }
    public XBrush Brush { get; }
    public double Size { get; }
    public double LineHeight { get; }

    /// <summary>Distance from the top of the line box to the baseline.</summary>
    public double Baseline { get; }

    public double Width(ReadOnlySpan<char> text) => _widths.Em(text) * Size;

    public double Width(char c) => _widths.Em(c) * Size;
}
