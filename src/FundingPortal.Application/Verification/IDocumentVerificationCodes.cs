namespace FundingPortal.Application.Verification;

/// <summary>
/// The code a document's QR code carries: derived from the document's stable key with a server secret, so the same
/// document always gets the same code (same bytes) and nobody can work out another document's code from its reference.
/// </summary>
public interface IDocumentVerificationCodes
{
    Task<string> CodeFor(string documentKey, CancellationToken ct);
}
