using System.Text;

namespace FundingPortal.Web.BrowserTests.Infrastructure;

public static class TestPdf
{
    /// <summary>The smallest file the portal accepts as a PDF: the header and the end-of-file marker.</summary>
    public static byte[] Minimal(string title) =>
        Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Title ({title}) >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
}
