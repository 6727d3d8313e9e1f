using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>A tinted box with an accent bar, kept on one page: decisions, attestations, integrity notes.</summary>
internal static class CalloutWriter
{
    private const double Bar = 3;
    private const double Padding = 9;
    private const double ParagraphGap = 4;

    public static void Write(PageFlow flow, IReadOnlyList<CalloutParagraph> paragraphs)
    {
        var theme = flow.Theme;
        var innerLeft = flow.Left + Bar + Padding;
        var innerWidth = flow.Width - Bar - 2 * Padding;

        var laid = paragraphs
            .Select(p => (Paragraph: p, Lines: LineBreaker.Wrap(p.Runs, innerWidth)))
            .ToArray();
        var contentHeight = laid.Sum(p => p.Lines.Sum(l => l.Height)) + ParagraphGap * Math.Max(0, laid.Length - 1);
        var height = contentHeight + 2 * Padding;

        flow.EnsureRoom(Math.Min(height, flow.Geometry.BodyHeight));
        var top = flow.Y;
        var drawnHeight = Math.Min(height, flow.Remaining);
        flow.Tags.Artifact(() =>
        {
            flow.Graphics.DrawRectangle(theme.TintFill, flow.Left, top, flow.Width, drawnHeight);
            flow.Graphics.DrawRectangle(theme.AccentFill, flow.Left, top, Bar, drawnHeight);
        });

        flow.Advance(Padding);
        for (var p = 0; p < laid.Length; p++)
        {
            if (p > 0)
                flow.Advance(ParagraphGap);
            using var element = flow.Tags.Begin(PdfBlockLevelElementTag.Paragraph);
            foreach (var line in laid[p].Lines)
            {
                flow.EnsureRoom(line.Height);
                var x = TextPainter.AlignedX(laid[p].Paragraph.Align, innerLeft, innerWidth, line.Width);
                TextPainter.DrawLine(flow.Graphics, line, x, flow.Y);
                flow.Advance(line.Height);
            }
        }

        flow.Advance(Padding);
        flow.Space(theme.BlockSpacing);
    }
}

internal sealed record CalloutParagraph(IReadOnlyList<TextRun> Runs, TextAlign Align = TextAlign.Left);
