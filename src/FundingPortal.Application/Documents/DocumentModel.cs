using FundingPortal.Domain.Documents;
namespace FundingPortal.Application.Documents;

/// <summary>
/// What a PDF shows. <see cref="IssuedAt"/> becomes the PDF creation and modification date and
/// <see cref="DocumentKey"/> seeds the PDF file identifier, so the same model always gives the same bytes.
/// </summary>
public abstract record DocumentModel
{
    public abstract DocumentKind Kind { get; }

    public required DateTimeOffset IssuedAt { get; init; }

    public abstract string DocumentKey { get; }

    /// <summary>Where anyone can check the document (drawn as a QR code); null for documents that carry none.</summary>
    public DocumentVerification? Verification { get; init; }
}

/// <summary>The code of a document's QR code and the address of its public verification page.</summary>
public sealed record DocumentVerification(string Code, string Url);
