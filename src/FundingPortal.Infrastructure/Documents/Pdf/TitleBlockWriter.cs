using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class TitleBlockWriter
{
    public static void Write(PageFlow flow, string kicker, string title, string subtitle)
    {
        var theme = flow.Theme;
        flow.Advance(4);
        DrawWrapped(flow, kicker.ToUpperInvariant(), theme.Kicker, PdfBlockLevelElementTag.Paragraph);
        flow.Advance(3);
        DrawWrapped(flow, title, theme.Title, PdfBlockLevelElementTag.Heading1);
        flow.Advance(2);
        DrawWrapped(flow, subtitle, theme.Subtitle, PdfBlockLevelElementTag.Paragraph);
        flow.Advance(8);
        var y = flow.Y;
        flow.Tags.Artifact(() => flow.Graphics.DrawLine(theme.RuleAccent, flow.Left, y, flow.Right, y));
        flow.Advance(theme.SectionSpacing * 0.75);
    }

    private static void DrawWrapped(PageFlow flow, string text, TextStyle style, PdfBlockLevelElementTag tag)
    {
        if (text.Length == 0)
            return;
        using var element = flow.Tags.Begin(tag);
        foreach (var line in LineBreaker.Wrap(text, style, flow.Width))
        {
            flow.EnsureRoom(line.Height);
            TextPainter.DrawLine(flow.Graphics, line, flow.Left, flow.Y);
            flow.Advance(line.Height);
        }
    }
}
