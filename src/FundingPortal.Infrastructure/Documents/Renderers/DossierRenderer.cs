using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class DossierRenderer
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    public const string Title = "Dossier de candidature";

    public static byte[] Render(DossierModel model)
    {
        var project = model.Project;
        using var pdf = new PdfComposer(new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — {project.Acronym} — version {model.VersionNumber}",
            $"{project.Reference} · {project.Acronym} · version {model.VersionNumber}",
            $"Dossier {project.Reference} — version {model.VersionNumber} soumise le {Format.Date(model.SubmittedAt)}",
            model.DocumentKey,
            model.IssuedAt));

        WriteCover(pdf, model);
        pdf.PageBreak();
        WriteSummary(pdf, model);
        WriteConsortium(pdf, model);
        DossierBudgetTables.WriteBudget(pdf, model);
        DossierBudgetTables.WriteAidPlan(pdf, model);
        WriteAttachments(pdf, model);

        return pdf.Finish();
    }

    private static void WriteCover(PdfComposer pdf, DossierModel model)
    {
        var theme = pdf.Theme;
        var project = model.Project;
        pdf.TitleBlock(model.CallTitle, Title, $"{project.Reference} — {project.Acronym}");

        pdf.Space(10);
        pdf.Paragraph(project.Acronym, theme.Title);
        pdf.Paragraph(project.Title, theme.Subtitle);
        pdf.Space(14);

        pdf.KeyValues(
        [
            new("Appel à projets", model.CallTitle),
            new("Programme", model.CallProgramme),
            new("Référence du dossier", project.Reference, theme.BodyBold),
            new("Acronyme", project.Acronym),
            new("Titre du projet", project.Title),
            new("Version", $"Version {model.VersionNumber}"),
            new("Date de soumission", $"{Format.DateAndTimeTwoDigitHour(model.SubmittedAt)} (heure de Paris)"),
            new("Chef de file", model.LeadOrganisation),
            new("Nombre de partenaires", model.Partners.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Durée", $"{model.DurationMonths}{TextFormat.NoBreakSpace}mois"),
            new("Budget total", Format.Money(model.Partners.Sum(p => p.Budget.Total)), theme.BodyBold),
            new("Aide totale demandée", Format.Money(model.Partners.Sum(p => p.RequestedAid.Sum(a => a.Amount))), theme.BodyBold),
        ]);

        pdf.Space(8);
        pdf.Paragraph(
            "Ce document reproduit la version soumise du dossier de candidature telle qu’enregistrée par la plateforme. " +
            "Les totaux, parts et montants d’aide sont calculés par la plateforme à partir des budgets saisis par chaque partenaire.",
            theme.SmallMuted);
    }

    private static void WriteSummary(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading("1. Résumé du projet");
        pdf.Text(model.Summary);

        pdf.SubHeading("Mots-clés");
        pdf.Paragraph(string.Join(" · ", model.Keywords));

        pdf.SubHeading("Maturité technologique et durée");
        pdf.KeyValues(
        [
            new("TRL au démarrage", $"TRL {model.TrlStart}"),
            new("TRL visé en fin de projet", $"TRL {model.TrlTarget}"),
            new("Durée du projet", $"{model.DurationMonths}{TextFormat.NoBreakSpace}mois"),
        ]);
    }

    private static void WriteConsortium(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading("2. Consortium");
        pdf.Table(
        [
            new("Organisation", 36),
            new("SIREN", 12, NoWrap: true),
            new("Catégorie", 17),
            new("Région", 18),
            new("Rôle", 12),
        ],
        model.Partners.Select(p => new TableRow(
        [
            p.Name,
            Format.Siren(p.Siren),
            Labels.Category(p.Category),
            Labels.Region(p.RegionCode),
            Labels.Role(p.Role),
        ])).ToArray());
    }

    private static void WriteAttachments(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading("5. Pièces jointes");
        if (model.Attachments.Count == 0)
        {
            pdf.Paragraph("Aucune pièce jointe.", pdf.Theme.Label);
            return;
        }

        pdf.Table(AttachmentTable.Columns(pdf.Theme), AttachmentTable.Rows(model.Attachments));
    }
}
