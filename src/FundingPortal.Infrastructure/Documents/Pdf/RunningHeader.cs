using PdfSharp.Drawing;

namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class RunningHeader
{
    public const string Brand = "FundingPortal";

    public static void Draw(XGraphics graphics, PdfTheme theme, PageGeometry geometry, PdfDocumentInfo info)
    {
        var top = geometry.MarginTop;
        var brand = theme.RunningTextBold;
        var text = theme.RunningText;
        var left = geometry.BodyLeft;

        TextPainter.DrawText(graphics, Brand, brand, left, top);
        var afterBrand = left + brand.Width(Brand);
        var title = " — " + info.Title;
        TextPainter.DrawText(graphics, title, text, afterBrand, top);

        if (info.HeaderDetail.Length > 0)
            TextPainter.DrawTextRight(graphics, info.HeaderDetail, text, geometry.BodyRight, top);

        var ruleY = top + brand.LineHeight + 3;
        graphics.DrawLine(theme.RuleLight, left, ruleY, geometry.BodyRight, ruleY);
    }
}
