namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class TitleBlockWriter
{
    public static void Write(PageFlow flow, string kicker, string title, string subtitle)
    {
        var theme = flow.Theme;
        flow.Advance(4);
        DrawWrapped(flow, kicker.ToUpperInvariant(), theme.Kicker);
        flow.Advance(3);
        DrawWrapped(flow, title, theme.Title);
        flow.Advance(2);
        DrawWrapped(flow, subtitle, theme.Subtitle);
        flow.Advance(8);
        flow.Graphics.DrawLine(theme.RuleAccent, flow.Left, flow.Y, flow.Right, flow.Y);
        flow.Advance(theme.SectionSpacing * 0.75);
    }

    private static void DrawWrapped(PageFlow flow, string text, TextStyle style)
    {
        if (text.Length == 0)
            return;
        foreach (var line in LineBreaker.Wrap(text, style, flow.Width))
        {
            flow.EnsureRoom(line.Height);
            TextPainter.DrawLine(flow.Graphics, line, flow.Left, flow.Y);
            flow.Advance(line.Height);
        }
    }
}
