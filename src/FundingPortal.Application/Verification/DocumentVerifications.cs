using FundingPortal.Application.Common;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.Documents;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Verification;

/// <summary>
/// Gives the documents a third party is shown (receipts, label certificates, funding notices, committee minutes) the
/// address of their public verification page, which their QR code carries.
/// </summary>
public sealed class DocumentVerifications(IDocumentVerificationCodes codes, IOptions<PortalOptions> portal)
{
    public static bool Carries(DocumentKind kind) =>
        kind is DocumentKind.Receipt or DocumentKind.LabelCertificate or DocumentKind.FundingDecision or DocumentKind.CommitteeMinutes;

    public async Task<DocumentModel> Add(DocumentModel model, CancellationToken ct)
    {
        if (!Carries(model.Kind))
        {
            return model;
        }

        var code = await codes.CodeFor(model.DocumentKey, ct);
        return model with { Verification = new DocumentVerification(code, portal.Value.PublicUrl.TrimEnd('/') + PortalLinks.Verification(code)) };
    }
}
