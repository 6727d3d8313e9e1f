using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Verification.FindDocumentByCode;

/// <summary>The document a QR code points to: what was issued, when, and the SHA-256 a genuine copy has.</summary>
public sealed class FindDocumentByCode(IssuedDocuments issued)
{
    public async Task<Result<VerifiableDocument>> Handle(string? code, CancellationToken ct) =>
        VerificationCode.Normalise(code) is { } normalised && await issued.FindAsync(sha256: null, normalised, ct) is { } found
            ? found
            : Error.NotFound("Document");
}
