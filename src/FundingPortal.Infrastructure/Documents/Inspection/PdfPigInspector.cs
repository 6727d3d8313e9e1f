using FundingPortal.Application.Abstractions;
using UglyToad.PdfPig;

namespace FundingPortal.Infrastructure.Documents.Inspection;

/// <summary>
/// Opens the file with PdfPig (Apache-2.0) as a PDF reader would: header, cross-reference table (rebuilt when a real
/// PDF has it slightly wrong), trailer, catalog and page tree, and asks for at least one page. Page contents are not
/// decoded, so a compressed stream that would inflate to gigabytes costs nothing here.
/// </summary>
public sealed class PdfPigInspector : IPdfInspector
{
    public bool IsReadablePdf(byte[] bytes)
    {
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) < 0)
        {
            return false;
        }

        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            return document.NumberOfPages >= 1;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A parser of hostile input throws what it throws: every failure to read means "not a PDF".
            return false;
        }
    }
}
