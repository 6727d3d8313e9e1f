using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

/// <summary>
/// The block that ends every document a third party is shown: a QR code to the document's public verification page,
/// its address in words and the code it carries. The page identifies the document by that code, never by the PDF's
/// own SHA-256, which the PDF cannot contain (ADR 0032).
/// </summary>
internal static class VerificationBlock
{
    public static void Write(PdfComposer pdf, DocumentVerification? verification)
    {
        if (verification is null)
            return;

        var theme = pdf.Theme;
        pdf.Space(8);
        pdf.QrBlock(
            verification.Url,
            T($"Code QR menant à la page de vérification de ce document : {verification.Url}",
              $"QR code leading to this document's verification page: {verification.Url}"),
            [new(T("Vérifier ce document : ", "Verify this document: "), theme.Label), new(verification.Url, theme.Mono)],
            [new(T("Code de vérification : ", "Verification code: "), theme.Label), new(verification.Code, theme.Mono)],
            [new(T("La page dit si le PDF que vous détenez est bien celui que le portail a émis, sans connexion.",
                   "The page tells whether the PDF you hold is the one the portal issued, without signing in."), theme.SmallMuted)]);
    }
}
