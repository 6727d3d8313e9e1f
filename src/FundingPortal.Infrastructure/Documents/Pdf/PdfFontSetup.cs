using PdfSharp.Fonts;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// PDFsharp's font resolver is process-wide and may be set only before the first font is used,
/// so registration happens once, under a lock, from every entry point that draws text.
/// </summary>
public static class PdfFontSetup
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref _registered))
            return;

        lock (Gate)
        {
            if (_registered)
                return;

            // A resolver registered by the host is kept: it must then resolve DejaVu Sans and DejaVu Sans Mono.
            GlobalFontSettings.FontResolver ??= new EmbeddedFontResolver();

            Volatile.Write(ref _registered, true);
        }
    }
}
