using System.Text;
using PdfSharp.Pdf;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Declares PDF/UA-1 conformance in the XMP metadata (<c>pdfuaid:part 1</c>), which PDFsharp 6.2 tags but does
/// not write: it regenerates the XMP packet at save time with no hook. So the packet's keywords field reserves the
/// room before saving, and the saved bytes are patched in place with an identification of the same length, as
/// <see cref="DeterministicPdf.FixXmpUuids"/> does: no offset in the file moves. The reserved keywords are blanked
/// in the document information dictionary too (spaces between two entries are plain PDF whitespace).
/// </summary>
internal static class PdfUaIdentification
{
    private static readonly string Placeholder = new('#', 100);

    private static readonly byte[] XmpKeywords = Encoding.ASCII.GetBytes($"<pdf:Keywords>{Placeholder}</pdf:Keywords>");

    private static readonly byte[] InfoKeywords = Encoding.ASCII.GetBytes($"/Keywords({Placeholder})");

    private static readonly byte[] Identification = Encoding.ASCII.GetBytes(
        "</rdf:Description><rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">"
        + "<pdfuaid:part>1</pdfuaid:part>");

    /// <summary>Call before saving.</summary>
    public static void Reserve(PdfDocument document) => document.Info.Keywords = Placeholder;

    /// <summary>Call on the saved bytes.</summary>
    public static void Declare(byte[] pdf)
    {
        Replace(pdf, XmpKeywords, Identification);
        Replace(pdf, InfoKeywords, []);
    }

    private static void Replace(byte[] pdf, byte[] marker, byte[] replacement)
    {
        var at = pdf.AsSpan().IndexOf(marker);
        if (at < 0)
            throw new InvalidOperationException("Unexpected PDF layout: the PDF/UA identification cannot be written.");
        var target = pdf.AsSpan(at, marker.Length);
        target.Fill((byte)' ');
        replacement.CopyTo(target);
    }
}
