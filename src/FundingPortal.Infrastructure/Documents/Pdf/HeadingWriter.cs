using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class HeadingWriter
{
    /// <summary>Room kept below a heading so that it never ends a page alone.</summary>
    private const double KeepWithNext = 90;

    public static void Write(PageFlow flow, string text, int level)
    {
        var theme = flow.Theme;
        var style = level == 1 ? theme.Heading1 : theme.Heading2;
        var lines = LineBreaker.Wrap(text, style, flow.Width);
        var height = lines.Sum(l => l.Height);

        flow.Space(level == 1 ? theme.SectionSpacing : theme.BlockSpacing * 0.6);
        flow.EnsureRoom(height + KeepWithNext);

        // The document's title is the one H1 (TitleBlockWriter); sections are H2, subsections H3.
        using (flow.Tags.Begin(level == 1 ? PdfBlockLevelElementTag.Heading2 : PdfBlockLevelElementTag.Heading3))
        {
            foreach (var line in lines)
            {
                TextPainter.DrawLine(flow.Graphics, line, flow.Left, flow.Y);
                flow.Advance(line.Height);
            }
        }

        if (level == 1)
        {
            flow.Advance(2);
            var y = flow.Y;
            flow.Tags.Artifact(() => flow.Graphics.DrawLine(theme.RuleLight, flow.Left, y, flow.Right, y));
            flow.Advance(7);
        }
        else
        {
            flow.Advance(3);
        }
    }
}
