using System.Security.Cryptography;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Verification.VerifyDocumentFile;

/// <summary>
/// The server-side fallback of the verification page: hashes an uploaded PDF without keeping it, then answers as
/// <see cref="VerifyDocumentHash.VerifyDocumentHash"/> does for that hash.
/// </summary>
public sealed class VerifyDocumentFile(IssuedDocuments issued)
{
    /// <summary>Larger than any document the portal issues (a 20-page dossier is well under 1 MB).</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public async Task<Result<FileVerification>> Handle(Stream content, long length, CancellationToken ct)
    {
        if (length <= 0)
        {
            return Error.Field("file", "file_required", "Choose the PDF file to check.");
        }

        if (length > MaxBytes)
        {
            return new Error("document_too_large", "The file is larger than any document the portal issues (20 MB).", ErrorKind.TooLarge);
        }

        var bytes = new byte[length];
        await content.ReadExactlyAsync(bytes, ct);
        if (!bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            return new Error("not_a_pdf", "The file is not a PDF.", ErrorKind.UnsupportedMediaType);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new FileVerification(sha256, (await issued.FindAsync(sha256, code: null, ct))?.Document);
    }
}

/// <summary>The uploaded file's hash, and the document issued with that hash if there is one.</summary>
public sealed record FileVerification(string Sha256, VerifiedDocument? Document);
