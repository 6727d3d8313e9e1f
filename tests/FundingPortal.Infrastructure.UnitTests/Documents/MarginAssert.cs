using FundingPortal.Infrastructure.Documents.Pdf;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FundingPortal.Documents.Tests;

internal static class MarginAssert
{
    private const double Tolerance = 0.5;

    /// <summary>
    /// Every visible letter lies inside the page margins, and body letters never reach into the running
    /// header or footer bands (PdfPig's origin is bottom-left, the layout's top-left).
    /// </summary>
    public static void AllLettersInside(byte[] pdf)
    {
        var geometry = PageGeometry.A4;
        using var document = PigDocument.Open(pdf);
        foreach (var page in document.GetPages())
        {
            Assert.Equal(geometry.Width, page.Width, 0.5);
            Assert.Equal(geometry.Height, page.Height, 0.5);

            var bodyTop = page.Height - geometry.BodyTop;
            var bodyBottom = page.Height - geometry.BodyBottom;
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                var box = letter.BoundingBox;
                var where = $"'{letter.Value}' on page {page.Number} at ({box.Left:F1}, {box.Bottom:F1})–({box.Right:F1}, {box.Top:F1})";
                Assert.True(box.Left >= geometry.MarginLeft - Tolerance, where);
                Assert.True(box.Right <= page.Width - geometry.MarginRight + Tolerance, where);
                Assert.True(box.Bottom >= geometry.MarginBottom - Tolerance, where);
                Assert.True(box.Top <= page.Height - geometry.MarginTop + Tolerance, where);

                var baseline = letter.StartBaseLine.Y;
                var inBody = baseline < bodyTop && baseline > bodyBottom;
                if (inBody)
                {
                    Assert.True(box.Top <= bodyTop + Tolerance, "body text in header band: " + where);
                    Assert.True(box.Bottom >= bodyBottom - Tolerance, "body text in footer band: " + where);
                }
            }
        }
    }
}
