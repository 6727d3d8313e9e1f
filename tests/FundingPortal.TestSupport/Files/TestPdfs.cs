using System.Globalization;
using System.Text;

namespace FundingPortal.TestSupport.Files;

/// <summary>Small real PDFs for uploads (linked file): one page, a cross-reference table with exact offsets, any size.</summary>
public static class TestPdfs
{
    /// <summary>A one-page PDF showing <paramref name="title"/>, padded with a comment to about <paramref name="padding"/> extra bytes.</summary>
    public static byte[] OnePage(string title = "Annexe", int padding = 0)
    {
        var text = title.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal);
        var content = $"BT /F1 18 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        if (padding > 0)
        {
            pdf.Append('%').Append('x', padding).Append('\n');
        }

        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>An HTML page that carries PDF markers ("%PDF-1.4" near the top, "%%EOF" at the end) and nothing of a PDF.</summary>
    public static byte[] HtmlPolyglot() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n<html><body><script>alert('pdf?')</script><p>Facture</p></body></html>\ntrailer<</Root 1 0 R>>\n%%EOF\n");
}
