using System.IO.Compression;
using System.Text;
using FundingPortal.Infrastructure.Documents.Inspection;

namespace FundingPortal.Documents.Tests;

/// <summary>What the portal accepts as a PDF attachment: what a PDF reader opens, not what merely carries its markers.</summary>
public sealed class PdfInspectorTests
{
    private static readonly PdfPigInspector Inspector = new();

    [Fact]
    public void Real_pdfs_are_readable_ours_and_a_hand_written_one()
    {
        Assert.True(Inspector.IsReadablePdf(TestPdfs.OnePage("Accord de consortium")));
        Assert.True(Inspector.IsReadablePdf(Render.Pdf(SampleModels.Receipt())));
    }

    [Fact]
    public void An_html_page_with_pdf_markers_is_not_a_pdf()
    {
        Assert.False(Inspector.IsReadablePdf(TestPdfs.HtmlPolyglot()));
        Assert.False(Inspector.IsReadablePdf(Encoding.ASCII.GetBytes("%PDF-1.7\n<html>" + new string(' ', 5000) + "</html>\n%%EOF")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MZ\u0090 an executable")]
    [InlineData("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")]
    public void Files_without_a_readable_page_are_not_pdfs(string content) =>
        Assert.False(Inspector.IsReadablePdf(Encoding.Latin1.GetBytes(content)));

    [Fact]
    public void A_page_whose_content_would_inflate_to_200_MB_is_checked_without_inflating_it()
    {
        var pdf = WithCompressedContent(200 * 1024 * 1024);
        Assert.True(pdf.Length < 1024 * 1024);
        Assert.True(Inspector.IsReadablePdf(TestPdfs.OnePage())); // the parser's one-time start-up is not what is measured
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.True(Inspector.IsReadablePdf(pdf));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 20 * 1024 * 1024, $"the inspector inflated the page contents ({allocated} bytes allocated)");
    }

    private static byte[] WithCompressedContent(int inflatedBytes)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < inflatedBytes / zeros.Length; i++)
            {
                zlib.Write(zeros);
            }
        }

        var stream = compressed.ToArray();
        using var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => pdf.Write(Encoding.Latin1.GetBytes(text));
        Write("%PDF-1.4\n");
        offsets.Add(pdf.Length);
        Write("1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
        offsets.Add(pdf.Length);
        Write("2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
        offsets.Add(pdf.Length);
        Write("3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n");
        offsets.Add(pdf.Length);
        Write($"4 0 obj\n<< /Length {stream.Length} /Filter /FlateDecode >>\nstream\n");
        pdf.Write(stream);
        Write("\nendstream\nendobj\n");
        var xref = pdf.Length;
        Write("xref\n0 5\n0000000000 65535 f \n" + string.Concat(offsets.Select(o => $"{o:D10} 00000 n \n")));
        Write($"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }
}
