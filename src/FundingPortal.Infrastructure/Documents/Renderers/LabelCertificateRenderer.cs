using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class LabelCertificateRenderer
{
    private static TextFormat Format => DocumentLanguage.Format;
    private static TextLabels Labels => DocumentLanguage.Labels;

    public static string Title => T("Attestation de labellisation", "Label certificate");

    public static byte[] Render(LabelCertificateModel model)
    {
        var project = model.Project;
        var info = new PdfDocumentInfo(
            Title,
            $"{Title} {T("n°", "no.")} {model.CertificateNumber} — {project.Reference} — {project.Acronym}",
            $"{T("N°", "No.")}{TextFormat.NoBreakSpace}{model.CertificateNumber}",
            $"{model.ClusterName} — {T("attestation n°", "certificate no.")}{TextFormat.NoBreakSpace}{model.CertificateNumber}",
            model.DocumentKey,
            model.IssuedAt,
            DocumentLanguage.Tag);

        return PdfComposer.Render(info, pdf =>
        {
            var theme = pdf.Theme;

            pdf.TitleBlock(
                $"{T("Pôle de compétitivité", "Competitiveness cluster")} {model.ClusterName}",
                Title,
                $"{T("N°", "No.")}{TextFormat.NoBreakSpace}{model.CertificateNumber}");

            pdf.Paragraph(
            [
                new(T($"Le pôle de compétitivité {model.ClusterName} atteste que le projet collaboratif ", $"The {model.ClusterName} competitiveness cluster certifies that the collaborative project "), theme.Body),
                new(project.Acronym, theme.BodyBold),
                new(T($" a reçu le label du pôle, par décision de son comité de labellisation du {Format.Date(model.DecisionDate)}, " +
                      $"dans le cadre de l’appel à projets {Format.Quoted(model.CallTitle)} (programme {model.CallProgramme}).",
                      $" received the cluster's label, by decision of its labelling committee of {Format.Date(model.DecisionDate)}, " +
                      $"under the call for projects {Format.Quoted(model.CallTitle)} (programme {model.CallProgramme})."), theme.Body),
            ]);
            pdf.Space(4);

            pdf.Callout(
                new CalloutParagraph([new(project.Acronym, theme.Heading1)]),
                new CalloutParagraph([new(project.Title, theme.Body)]),
                new CalloutParagraph(
                [
                    new(T("Référence du dossier : ", "Dossier reference: "), theme.Label),
                    new(project.Reference, theme.BodyBold),
                    new(T("   ·   Décision du comité : ", "   ·   Committee decision: "), theme.Label),
                    new(Format.Date(model.DecisionDate), theme.BodyBold),
                ]));

            pdf.Heading(T("Appel à projets", "Call for projects"));
            pdf.KeyValues(
            [
                new(T("Intitulé", "Title"), model.CallTitle),
                new(T("Programme", "Programme"), model.CallProgramme),
            ]);

            if (model.LabellingClusters.Count > 0)
            {
                pdf.Heading(T("Pôles labellisateurs", "Labelling clusters"));
                pdf.Paragraph([new(string.Join(" · ", model.LabellingClusters), theme.Body)]);
            }

            pdf.Heading(T("Consortium", "Consortium"));
            pdf.Table(
            [
                new(T("Organisation", "Organisation"), 50),
                new(T("Rôle", "Role"), 22),
                new(T("Région", "Region"), 28),
            ],
            model.Consortium.Select(m => new TableRow(
            [
                new TableCell(m.Name, m.Role == PartnerRole.Lead ? theme.TableCellBold : null),
                Labels.Role(m.Role),
                Labels.Region(m.RegionCode),
            ])).ToArray());

            pdf.Paragraph(
                T("Le label atteste de la qualité du projet et de son intérêt pour l’écosystème du pôle. Il ne vaut pas " +
                  "engagement de financement : les décisions de cofinancement relèvent de chacun des financeurs sollicités.",
                  "The label certifies the project's quality and its value for the cluster's ecosystem. It is not a " +
                  "funding commitment: co-funding decisions belong to each of the funders asked."),
                theme.Label);

            pdf.Paragraph(T("La présente attestation est délivrée pour servir et valoir ce que de droit.", "This certificate is issued for whatever legal purpose it may serve."));

            WriteSignature(pdf, model);
            VerificationBlock.Write(pdf, model.Verification);
        });
    }

    private static void WriteSignature(PdfComposer pdf, LabelCertificateModel model)
    {
        var theme = pdf.Theme;
        var indent = pdf.BodyWidth * 0.5;
        pdf.KeepTogether(110);
        pdf.Space(16);
        pdf.Paragraph(T($"Fait à {model.Signatory.Place}, le {Format.Date(model.IssuedAt)}", $"Done at {model.Signatory.Place}, on {Format.Date(model.IssuedAt)}"), theme.Body, indent: indent);
        pdf.Paragraph(T($"Pour le pôle de compétitivité {model.ClusterName},", $"For the {model.ClusterName} competitiveness cluster,"), theme.Body, indent: indent);
        pdf.Paragraph(model.Signatory.Title, theme.Label, indent: indent);
        pdf.Space(34);
        pdf.Paragraph(model.Signatory.Name, theme.BodyBold, indent: indent);
    }
}
