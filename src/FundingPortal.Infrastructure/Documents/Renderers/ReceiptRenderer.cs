using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Domain.Common;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class ReceiptRenderer
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    public const string Title = "Accusé de réception";

    public static byte[] Render(ReceiptModel model)
    {
        var project = model.Project;
        using var pdf = new PdfComposer(new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — version {model.VersionNumber}",
            $"{project.Reference} · version {model.VersionNumber}",
            $"Accusé de réception n°{TextFormat.NoBreakSpace}{model.ReceiptNumber}",
            model.DocumentKey,
            model.IssuedAt));
        var theme = pdf.Theme;

        pdf.TitleBlock(
            model.CallTitle,
            Title,
            $"Dossier {project.Reference} — {project.Acronym} — version {model.VersionNumber}");

        pdf.Paragraph(
            "Votre dossier a bien été déposé. Cet accusé de réception en atteste la date et le contenu.");

        pdf.Heading("1. Dépôt");
        var offset = ParisTime.Offset(model.SubmittedAt);
        pdf.KeyValues(
        [
            new("Accusé de réception n°", model.ReceiptNumber, theme.BodyBold),
            new("Référence du dossier", project.Reference),
            new("Acronyme", project.Acronym),
            new("Titre du projet", project.Title),
            new("Appel à projets", model.CallTitle),
            new("Version soumise", $"Version {model.VersionNumber}"),
            new("Reçu le (heure de Paris)",
                $"{Format.DateAndTimeWithSeconds(model.SubmittedAt)} ({Format.UtcOffset(offset)})"),
            new("Horodatage serveur (UTC)", TextFormat.UtcIso(model.SubmittedAt), theme.Mono),
        ]);

        pdf.Heading("2. Consortium et montants");
        pdf.Table(
        [
            new("Organisation", 30),
            new("SIREN", 11, NoWrap: true),
            new("Catégorie", 13),
            new("Région", 13),
            new("Rôle", 11),
            new("Budget total", 15, TextAlign.Right),
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
            new TableRow(["Total", "", "", "", "", Format.Money(model.TotalBudget)], TableRowKind.Total),
        ]);
        pdf.KeyValues(
        [
            new("Aide totale demandée", Format.Money(model.TotalRequestedAid), theme.BodyBold),
            new("Taux d’aide moyen", Format.Percent(TextFormat.Share(model.TotalRequestedAid, model.TotalBudget))),
        ]);

        pdf.Heading("3. Intégrité du contenu");
        pdf.KeyValues([new("Empreinte SHA-256", model.SnapshotSha256, theme.Mono)]);
        if (model.Attachments.Count == 0)
            pdf.Paragraph("Aucune pièce jointe.", theme.Label);
        else
            pdf.Table(AttachmentTable.Columns(theme), AttachmentTable.Rows(model.Attachments));

        pdf.Paragraph(
            "Seule la dernière version soumise avant la date limite est prise en compte. Les empreintes SHA-256 " +
            "permettent de vérifier que le dossier et ses pièces jointes n’ont pas été modifiés depuis leur réception.",
            theme.SmallMuted);

        return pdf.Finish();
    }
}
