using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class ParagraphWriter
{
    /// <summary>Flows the paragraph line by line across pages, never leaving a single line at a page bottom.</summary>
    public static void Write(PageFlow flow, IReadOnlyList<TextRun> runs, TextAlign align, double indent, double spacingAfter)
    {
        var width = flow.Width - indent;
        var lines = LineBreaker.Wrap(runs, width);
        if (lines.Count == 0)
            return;

        if (lines.Count > 1)
            flow.EnsureRoom(lines[0].Height + lines[1].Height);

        using (flow.Tags.Begin(PdfBlockLevelElementTag.Paragraph))
        {
            foreach (var line in lines)
            {
                flow.EnsureRoom(line.Height);
                var x = TextPainter.AlignedX(align, flow.Left + indent, width, line.Width);
                TextPainter.DrawLine(flow.Graphics, line, x, flow.Y);
                flow.Advance(line.Height);
            }
        }

        flow.Space(spacingAfter);
    }
}
