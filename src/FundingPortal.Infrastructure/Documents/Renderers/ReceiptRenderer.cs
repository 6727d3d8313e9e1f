using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class ReceiptRenderer
{
    private static TextFormat Format => DocumentLanguage.Format;
    private static TextLabels Labels => DocumentLanguage.Labels;

    public static string Title => T("Accusé de réception", "Acknowledgement of receipt");

    public static byte[] Render(ReceiptModel model)
    {
        var project = model.Project;
        var info = new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — version {model.VersionNumber}",
            $"{project.Reference} · version {model.VersionNumber}",
            $"{T("Accusé de réception n°", "Acknowledgement of receipt no.")}{TextFormat.NoBreakSpace}{model.ReceiptNumber}",
            model.DocumentKey,
            model.IssuedAt,
            DocumentLanguage.Tag);

        return PdfComposer.Render(info, pdf =>
        {
            var theme = pdf.Theme;

            pdf.TitleBlock(
                model.CallTitle,
                Title,
                $"{T("Dossier", "Dossier")} {project.Reference} — {project.Acronym} — version {model.VersionNumber}");

            pdf.Paragraph(
                T("Votre dossier a bien été déposé. Cet accusé de réception en atteste la date et le contenu.", "Your dossier has been submitted. This acknowledgement of receipt certifies its date and content."));
            if (model.IsCorrection)
            {
                pdf.Paragraph(
                    T("Version corrigée : cette version répond à une demande de correction du pôle. Elle remplace la précédente pour les seules parties " +
                      "que la demande a rouvertes, déposée avant l’échéance de la demande.",
                      "Corrected version: this version answers a correction request from the cluster. It replaces the previous one for the parts the " +
                      "request reopened, submitted before the request’s due date."),
                    theme.BodyBold);
            }

            if (model.IsPreProposal)
            {
                pdf.Paragraph(
                    T("Pré-proposition : ce dépôt est la première étape d’un appel en deux étapes. Les montants sont les totaux estimés par les " +
                      "partenaires. Seuls les consortiums retenus par le pôle déposeront ensuite le dossier complet.",
                      "Pre-proposal: this submission is the first stage of a two-stage call. The amounts are the partners’ estimated totals. Only " +
                      "the consortia the cluster shortlists then submit the full proposal."),
                    theme.BodyBold);
            }

            pdf.Heading(T("1. Dépôt", "1. Submission"));
            var offset = ParisTime.Offset(model.SubmittedAt);
            pdf.KeyValues(
            [
                new(T("Accusé de réception n°", "Acknowledgement of receipt no."), model.ReceiptNumber, theme.BodyBold),
                new(T("Référence du dossier", "Dossier reference"), project.Reference),
                new(T("Acronyme", "Acronym"), project.Acronym),
                new(T("Titre du projet", "Project title"), project.Title),
                new(T("Appel à projets", "Call for projects"), model.CallTitle),
                new(T("Version soumise", "Submitted version"), model switch
                {
                    { IsCorrection: true } => $"Version {model.VersionNumber} — {T("correction", "correction")}",
                    { IsPreProposal: true } => $"Version {model.VersionNumber} — {T("pré-proposition", "pre-proposal")}",
                    _ => $"Version {model.VersionNumber}",
                }),
                new(T("Reçu le (heure de Paris)", "Received on (Paris time)"),
                    $"{Format.DateAndTimeWithSeconds(model.SubmittedAt)} ({Format.UtcOffset(offset)})"),
                new(T("Horodatage serveur (UTC)", "Server timestamp (UTC)"), TextFormat.UtcIso(model.SubmittedAt), theme.Mono),
            ]);

            pdf.Heading(T("2. Consortium et montants", "2. Consortium and amounts"));
            pdf.Table(
            [
                new(T("Organisation", "Organisation"), 30),
                new("SIREN", 11, NoWrap: true),
                new(T("Catégorie", "Category"), 13),
                new(T("Région", "Region"), 13),
                new(T("Rôle", "Role"), 11),
                new(model.IsPreProposal ? T("Total estimé", "Estimated total") : T("Budget total", "Total budget"), 15, TextAlign.Right),
            ],
            [
                .. model.Partners.Select(p => new TableRow(
                [
                    p.Name,
                    Format.Siren(p.Siren),
                    Labels.Category(p.Category),
                    Labels.Region(p.RegionCode),
                    Labels.Role(p.Role),
                    Format.Money(p.TotalBudget),
                ])),
                new TableRow([T("Total", "Total"), "", "", "", "", Format.Money(model.TotalBudget)], TableRowKind.Total),
            ]);
            pdf.KeyValues(
            [
                new(model.IsPreProposal ? T("Aide estimée", "Estimated aid") : T("Aide totale demandée", "Total aid requested"), Format.Money(model.TotalRequestedAid),
                    theme.BodyBold),
                new(T("Taux d’aide moyen", "Average aid rate"), Format.Percent(TextFormat.Share(model.TotalRequestedAid, model.TotalBudget))),
            ]);

            pdf.Heading(T("3. Intégrité du contenu", "3. Content integrity"));
            pdf.KeyValues([new(T("Empreinte SHA-256", "SHA-256 fingerprint"), model.SnapshotSha256, theme.Mono)]);
            if (model.Attachments.Count == 0)
                pdf.Paragraph(T("Aucune pièce jointe.", "No attachments."), theme.Label);
            else
                pdf.Table(AttachmentTable.Columns(theme), AttachmentTable.Rows(model.Attachments));

            pdf.Paragraph(
                T("Seule la dernière version soumise avant la date limite est prise en compte. Les empreintes SHA-256 " +
                  "permettent de vérifier que le dossier et ses pièces jointes n’ont pas été modifiés depuis leur réception.",
                  "Only the last version submitted before the deadline is taken into account. The SHA-256 fingerprints " +
                  "let anyone check that the dossier and its attachments have not changed since they were received."),
                theme.SmallMuted);

            VerificationBlock.Write(pdf, model.Verification);
        });
    }
}
