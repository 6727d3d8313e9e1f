using FundingPortal.Application.Common.Localisation;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;
using FundingPortal.Infrastructure.Documents.Signing;

namespace FundingPortal.Infrastructure.Documents.Renderers;

/// <summary>
/// Renders every document kind to PDF, signed when a <see cref="PdfSigner"/> is given (ADR 0035). Stateless and safe
/// to call from several threads at once.
/// </summary>
public sealed class PdfDocumentRenderer(PdfSigner? signer = null) : IDocumentRenderer
{
    public byte[] Render(DocumentModel model, string language = Languages.French)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var culture = InvariantCultureScope.Enter();
        using var documentLanguage = DocumentLanguage.Enter(language);
        using var signing = SigningScope.Enter(signer);
        return Dispatch(model);
    }

    private static byte[] Dispatch(DocumentModel model) => model switch
    {
        ReceiptModel receipt => ReceiptRenderer.Render(receipt),
        DossierModel dossier => DossierRenderer.Render(dossier),
        EvaluationSummaryModel summary => EvaluationSummaryRenderer.Render(summary),
        LabelCertificateModel certificate => LabelCertificateRenderer.Render(certificate),
        FundingDecisionModel decision => FundingDecisionRenderer.Render(decision),
        CommitteeMinutesModel minutes => CommitteeMinutesRenderer.Render(minutes),
        _ => throw new ArgumentException($"No PDF renderer for {model.GetType().Name}.", nameof(model)),
    };
}
