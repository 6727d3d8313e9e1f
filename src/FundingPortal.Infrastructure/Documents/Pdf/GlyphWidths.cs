using PdfSharp.Drawing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Advance widths of one font face, in em, measured once per character. PDFsharp applies no kerning,
/// so the width of a string is exactly the sum of its characters' advances.
/// </summary>
internal sealed class GlyphWidths
{
    private const double ReferenceSize = 1000;
    private const int DenseRange = 0x0300;

    private readonly XGraphics _measureContext;
    private readonly XFont _referenceFont;
    private readonly double[] _dense = new double[DenseRange];
    private readonly Dictionary<char, double> _sparse = [];

    public GlyphWidths(XGraphics measureContext, string family, XFontStyleEx style)
    {
        _measureContext = measureContext;
        _referenceFont = new XFont(family, ReferenceSize, style);
        Family = family;
        Style = style;
        Array.Fill(_dense, double.NaN);
    }

    public string Family { get; }
    public XFontStyleEx Style { get; }

    public double Em(char c)
    {
        if (c < DenseRange)
        {
            var cached = _dense[c];
            return double.IsNaN(cached) ? _dense[c] = Measure(c) : cached;
        }

        if (!_sparse.TryGetValue(c, out var width))
            _sparse[c] = width = Measure(c);
        return width;
    }

    public double Em(ReadOnlySpan<char> text)
    {
        double sum = 0;
        foreach (var c in text)
            sum += Em(c);
        return sum;
    }

    private double Measure(char c) =>
        _measureContext.MeasureString(c.ToString(), _referenceFont).Width / ReferenceSize;
}
