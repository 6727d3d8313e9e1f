using StbImageSharp;
using UglyToad.PdfPig;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace FundingPortal.TestSupport.Files;

/// <summary>Reads the QR codes drawn in a PDF as a phone would: takes each image out of the pages and decodes it with ZXing.</summary>
public static class PdfQrCodes
{
    public static IReadOnlyList<string> Decode(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var found = new List<string>();
        foreach (var image in document.GetPages().SelectMany(p => p.GetImages()))
        {
            if (!image.TryGetPng(out var png))
            {
                continue;
            }

            var pixels = ImageResult.FromMemory(png, ColorComponents.Grey);
            var source = new RGBLuminanceSource(pixels.Data, pixels.Width, pixels.Height, RGBLuminanceSource.BitmapFormat.Gray8);
            var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
            if (result is not null)
            {
                found.Add(result.Text);
            }
        }

        return found;
    }

    public static int CountImages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Sum(p => p.GetImages().Count());
    }
}
