using FundingPortal.Application.Common;
using FundingPortal.Application.Verification;
using FundingPortal.Application.Verification.FindDocumentByCode;
using FundingPortal.Application.Verification.VerifyDocumentFile;
using FundingPortal.Domain.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FundingPortal.Web.Pages.Verification;

/// <summary>
/// The public verification page (no sign-in): reached from a document's QR code it shows what was issued and when,
/// then says whether the PDF the visitor holds is that document. The browser hashes the file itself (verify.js) and
/// sends only its SHA-256; without JavaScript the file is posted and hashed here, never stored.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Verify)]
public sealed class VerifyModel(FindDocumentByCode findByCode, IssuedDocuments issued, VerifyDocumentFile verifyFile) : PageModel
{
    private static readonly VerificationTexts Texts = new();

    /// <summary>The document the QR code points to; null on the bare page or for an unknown code.</summary>
    public VerifiableDocument? Document { get; private set; }

    public bool UnknownCode { get; private set; }

    [BindProperty(SupportsGet = true, Name = "empreinte")]
    public string? Fingerprint { get; set; }

    /// <summary>The outcome of a check, once the visitor gave a file or a hash.</summary>
    public VerificationOutcome? Outcome { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken ct)
    {
        if (!await LoadDocument(code, ct))
        {
            return Page();
        }

        if (Fingerprint is null)
        {
            return Page();
        }

        if (VerificationCode.NormaliseSha256(Fingerprint) is not { } sha256)
        {
            ModelState.AddModelError("empreinte", Texts["InvalidHash"]);
            return Page();
        }

        Fingerprint = sha256;
        Outcome = await Compare(sha256, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code, IFormFile? file, CancellationToken ct)
    {
        ModelState.Clear();
        if (!await LoadDocument(code, ct))
        {
            return Page();
        }

        await using var stream = file?.OpenReadStream() ?? Stream.Null;
        var result = await verifyFile.Handle(stream, file?.Length ?? 0, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError("file", FileError(result.Error!));
            return Page();
        }

        Fingerprint = result.Value.Sha256;
        Outcome = await Compare(result.Value.Sha256, ct);
        return Page();
    }

    private async Task<bool> LoadDocument(string? code, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(code))
        {
            return true;
        }

        var found = await findByCode.Handle(code, ct);
        if (!found.IsSuccess)
        {
            UnknownCode = true;
            Response.StatusCode = StatusCodes.Status404NotFound;
            return false;
        }

        Document = found.Value;
        return true;
    }

    /// <summary>Reached by a QR code, a file matches only that document; otherwise any document issued with that hash.</summary>
    private async Task<VerificationOutcome> Compare(string sha256, CancellationToken ct)
    {
        if (Document is { } expected)
        {
            return new VerificationOutcome(sha256 == expected.Sha256, sha256 == expected.Sha256 ? expected.Document : null);
        }

        var match = await issued.FindAsync(sha256, code: null, ct);
        return new VerificationOutcome(match is not null, match?.Document);
    }

    private static string FileError(Error error) => error.Code switch
    {
        "document_too_large" => Texts["FileTooLarge"],
        "not_a_pdf" => Texts["NotAPdf"],
        _ => Texts["FileRequired"],
    };
}

public sealed record VerificationOutcome(bool Matches, VerifiedDocument? Document);
