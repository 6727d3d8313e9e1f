namespace FundingPortal.Application.Abstractions;

/// <summary>Tells a real PDF from a file that merely carries PDF markers (an HTML page with "%PDF-1.4 … %%EOF").</summary>
public interface IPdfInspector
{
    /// <summary>True when a PDF parser reads the file's structure: its header, cross-reference data, catalog and at least one page.</summary>
    bool IsReadablePdf(byte[] bytes);
}
