using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Verification.VerifyDocumentHash;

/// <summary>Anyone holding a document's SHA-256 learns whether the portal issued it, and as what.</summary>
public sealed class VerifyDocumentHash(IssuedDocuments issued)
{
    public async Task<Result<VerifiedDocument>> Handle(string? sha256, CancellationToken ct)
    {
        if (VerificationCode.NormaliseSha256(sha256) is not { } hash)
        {
            return InvalidHash;
        }

        return await issued.FindAsync(hash, code: null, ct) is { } found ? found.Document : Error.NotFound("Document");
    }

    public static Error InvalidHash { get; } =
        Error.Field("sha256", "invalid_hash", "A SHA-256 is 64 hexadecimal characters (0-9, a-f).");
}
