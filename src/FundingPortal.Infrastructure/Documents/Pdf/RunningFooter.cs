using System.Globalization;
using PdfSharp.Drawing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class RunningFooter
{
    public static void Draw(XGraphics graphics, PdfTheme theme, PageGeometry geometry, PdfDocumentInfo info, int page, int pageCount)
    {
        var style = theme.RunningText;
        var textTop = geometry.Height - geometry.MarginBottom - style.LineHeight;
        var ruleY = textTop - 4;
        graphics.DrawLine(theme.RuleLight, geometry.BodyLeft, ruleY, geometry.BodyRight, ruleY);

        var pageText = string.Create(CultureInfo.InvariantCulture, $"page {page} / {pageCount}");
        var pageWidth = style.Width(pageText);
        if (info.FooterText.Length > 0)
        {
            var room = geometry.BodyWidth - pageWidth - 12;
            var footer = LineBreaker.Wrap(info.FooterText, style, room)[0];
            TextPainter.DrawLine(graphics, footer, geometry.BodyLeft, textTop);
        }

        TextPainter.DrawText(graphics, pageText, style, geometry.BodyRight - pageWidth, textTop);
    }
}
