using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class LabelCertificateRenderer
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    public const string Title = "Attestation de labellisation";

    public static byte[] Render(LabelCertificateModel model)
    {
        var project = model.Project;
        using var pdf = new PdfComposer(new PdfDocumentInfo(
            Title,
            $"{Title} n° {model.CertificateNumber} — {project.Reference} — {project.Acronym}",
            $"N°{TextFormat.NoBreakSpace}{model.CertificateNumber}",
            $"{model.ClusterName} — attestation n°{TextFormat.NoBreakSpace}{model.CertificateNumber}",
            model.DocumentKey,
            model.IssuedAt));
        var theme = pdf.Theme;

        pdf.TitleBlock(
            $"Pôle de compétitivité {model.ClusterName}",
            Title,
            $"N°{TextFormat.NoBreakSpace}{model.CertificateNumber}");

        pdf.Paragraph(
        [
            new($"Le pôle de compétitivité {model.ClusterName} atteste que le projet collaboratif ", theme.Body),
            new(project.Acronym, theme.BodyBold),
            new($" a reçu le label du pôle, par décision de son comité de labellisation du {Format.Date(model.DecisionDate)}, " +
                $"dans le cadre de l’appel à projets {Format.Quoted(model.CallTitle)} (programme {model.CallProgramme}).", theme.Body),
        ]);
        pdf.Space(4);

        pdf.Callout(
            new CalloutParagraph([new(project.Acronym, theme.Heading1)]),
            new CalloutParagraph([new(project.Title, theme.Body)]),
            new CalloutParagraph(
            [
                new("Référence du dossier : ", theme.Label),
                new(project.Reference, theme.BodyBold),
                new("   ·   Décision du comité : ", theme.Label),
                new(Format.Date(model.DecisionDate), theme.BodyBold),
            ]));

        pdf.Heading("Appel à projets");
        pdf.KeyValues(
        [
            new("Intitulé", model.CallTitle),
            new("Programme", model.CallProgramme),
        ]);

        pdf.Heading("Consortium");
        pdf.Table(
        [
            new("Organisation", 50),
            new("Rôle", 22),
            new("Région", 28),
        ],
        model.Consortium.Select(m => new TableRow(
        [
            new TableCell(m.Name, m.Role == PartnerRole.Lead ? theme.TableCellBold : null),
            Labels.Role(m.Role),
            Labels.Region(m.RegionCode),
        ])).ToArray());

        pdf.Paragraph(
            "Le label atteste de la qualité du projet et de son intérêt pour l’écosystème du pôle. Il ne vaut pas " +
            "engagement de financement : les décisions de cofinancement relèvent de chacun des financeurs sollicités.",
            theme.Label);

        pdf.Paragraph("La présente attestation est délivrée pour servir et valoir ce que de droit.");

        WriteSignature(pdf, model);
        return pdf.Finish();
    }

    private static void WriteSignature(PdfComposer pdf, LabelCertificateModel model)
    {
        var theme = pdf.Theme;
        var indent = pdf.BodyWidth * 0.5;
        pdf.KeepTogether(110);
        pdf.Space(16);
        pdf.Paragraph($"Fait à {model.Signatory.Place}, le {Format.Date(model.IssuedAt)}", theme.Body, indent: indent);
        pdf.Paragraph($"Pour le pôle de compétitivité {model.ClusterName},", theme.Body, indent: indent);
        pdf.Paragraph(model.Signatory.Title, theme.Label, indent: indent);
        pdf.Space(34);
        pdf.Paragraph(model.Signatory.Name, theme.BodyBold, indent: indent);
    }
}
