using QRCoder;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// A QR code as a black-and-white bitmap (24-bit BMP: PDFsharp 6.2 refuses QRCoder's 1-bit PNG), pure managed code; the
/// same payload gives the same bytes.
/// </summary>
internal static class QrCodeImage
{
    /// <summary>Pixels per module: drawn without interpolation, the modules stay sharp at any zoom; more only grows the file.</summary>
    private const int PixelsPerModule = 4;

    public static byte[] Bitmap(string payload)
    {
        using var data = QRCodeGenerator.GenerateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        return new BitmapByteQRCode(data).GetGraphic(PixelsPerModule);
    }
}
