using FundingPortal.Domain.Documents;

namespace FundingPortal.Application.Verification;

/// <summary>What the public verification says about an issued document, and nothing more: no names, no amounts.</summary>
public sealed record VerifiedDocument(DocumentKind Kind, string Reference, int Version, DateTimeOffset IssuedAt);

/// <summary>
/// A document reached by its QR code: what was issued, and the hash on record that a PDF must have to be it.
/// <paramref name="Kept"/> is false once the dossier is past its retention period: the hash stays, the copy is gone.
/// </summary>
public sealed record VerifiableDocument(VerifiedDocument Document, string Code, string Sha256, bool Kept);
