using PdfSharp.Drawing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class TextPainter
{
    /// <summary>Draws a laid-out line whose box starts at (<paramref name="x"/>, <paramref name="top"/>).</summary>
    public static void DrawLine(XGraphics graphics, TextLine line, double x, double top)
    {
        var baseline = top + line.Baseline;
        foreach (var segment in line.Segments)
        {
            if (segment.Text.Length == 0)
                continue;
            graphics.DrawString(segment.Text, segment.Style.Font, segment.Style.Brush,
                x + segment.X, baseline, XStringFormats.BaseLineLeft);
        }
    }

    public static void DrawText(XGraphics graphics, string text, TextStyle style, double x, double top)
    {
        if (text.Length == 0)
            return;
        graphics.DrawString(text, style.Font, style.Brush, x, top + style.Baseline, XStringFormats.BaseLineLeft);
    }

    public static void DrawTextRight(XGraphics graphics, string text, TextStyle style, double right, double top) =>
        DrawText(graphics, text, style, right - style.Width(text), top);

    public static double AlignedX(TextAlign align, double left, double width, double lineWidth) => align switch
    {
        TextAlign.Right => left + width - lineWidth,
        TextAlign.Center => left + (width - lineWidth) / 2,
        _ => left,
    };
}
