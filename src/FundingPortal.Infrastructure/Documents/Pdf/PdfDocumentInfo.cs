namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <param name="Title">Shown in the running header and the PDF metadata.</param>
/// <param name="HeaderDetail">Right-hand side of the running header (e.g. the project reference).</param>
/// <param name="FooterText">Left-hand side of the footer; the right-hand side is "page X / Y".</param>
/// <param name="DocumentKey">Seeds the PDF file identifier.</param>
/// <param name="IssuedAt">Becomes the PDF creation and modification dates.</param>
/// <param name="LanguageTag">The document's natural language for screen readers ("fr-FR", "en-GB").</param>
internal sealed record PdfDocumentInfo(
    string Title,
    string Subject,
    string HeaderDetail,
    string FooterText,
    string DocumentKey,
    DateTimeOffset IssuedAt,
    string LanguageTag);
