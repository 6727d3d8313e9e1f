using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// A QR code with paragraphs beside it, kept on one page. The image is a tagged Figure with its alternative text
/// (PDF/UA); the paragraphs say in words what the code holds, for whoever cannot scan it.
/// </summary>
internal static class QrBlockWriter
{
    /// <summary>2.8 cm: read by a phone from a printed page.</summary>
    private const double Size = 80;

    private const double Gap = 12;

    public static void Write(PageFlow flow, string payload, string alternativeText, IReadOnlyList<IReadOnlyList<TextRun>> paragraphs)
    {
        var textLeft = flow.Left + Size + Gap;
        var textWidth = flow.Width - Size - Gap;
        var laid = paragraphs.Select(p => LineBreaker.Wrap(p, textWidth)).ToArray();
        var textHeight = laid.Sum(lines => lines.Sum(l => l.Height)) + flow.Theme.ParagraphSpacing * Math.Max(0, laid.Length - 1);
        flow.EnsureRoom(Math.Max(Size, textHeight));
        var top = flow.Y;

        if (flow.IsDrawing)
        {
            var box = new XRect(flow.Left, top, Size, Size);
            using (flow.Tags.BeginFigure(alternativeText, box))
            {
                using var image = XImage.FromStream(new MemoryStream(QrCodeImage.Bitmap(payload)));
                image.Interpolate = false;
                flow.Graphics.DrawImage(image, box);
            }
        }

        var y = top + Math.Max(0, (Size - textHeight) / 2);
        for (var p = 0; p < laid.Length; p++)
        {
            using var element = flow.Tags.Begin(PdfBlockLevelElementTag.Paragraph);
            foreach (var line in laid[p])
            {
                TextPainter.DrawLine(flow.Graphics, line, textLeft, y);
                y += line.Height;
            }

            y += flow.Theme.ParagraphSpacing;
        }

        flow.Advance(Math.Max(Size, textHeight));
        flow.Space(flow.Theme.BlockSpacing);
    }
}
