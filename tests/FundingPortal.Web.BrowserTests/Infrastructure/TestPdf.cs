namespace FundingPortal.Web.BrowserTests.Infrastructure;

public static class TestPdf
{
    /// <summary>A small real PDF (the portal opens what it is sent): one page showing the title.</summary>
    public static byte[] Minimal(string title) => TestPdfs.OnePage(title);
}
