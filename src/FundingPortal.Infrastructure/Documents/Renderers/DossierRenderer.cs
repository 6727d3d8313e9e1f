using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class DossierRenderer
{
    private static TextFormat Format => DocumentLanguage.Format;
    private static TextLabels Labels => DocumentLanguage.Labels;

    public static string Title => T("Dossier de candidature", "Application dossier");

    public static byte[] Render(DossierModel model)
    {
        var project = model.Project;
        var info = new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — {project.Acronym} — version {model.VersionNumber}",
            $"{project.Reference} · {project.Acronym} · version {model.VersionNumber}",
            T($"Dossier {project.Reference} — version {model.VersionNumber} soumise le {Format.Date(model.SubmittedAt)}", $"Dossier {project.Reference} — version {model.VersionNumber} submitted on {Format.Date(model.SubmittedAt)}"),
            model.DocumentKey,
            model.IssuedAt,
            DocumentLanguage.Tag);

        return PdfComposer.Render(info, pdf =>
        {
            WriteCover(pdf, model);
            pdf.PageBreak();
            WriteSummary(pdf, model);
            WriteConsortium(pdf, model);
            DossierBudgetTables.WriteBudget(pdf, model);
            DossierBudgetTables.WriteAidPlan(pdf, model);
            WriteAttachments(pdf, model);
        });
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
            new(T("Appel à projets", "Call for projects"), model.CallTitle),
            new(T("Programme", "Programme"), model.CallProgramme),
            new(T("Référence du dossier", "Dossier reference"), project.Reference, theme.BodyBold),
            new(T("Acronyme", "Acronym"), project.Acronym),
            new(T("Titre du projet", "Project title"), project.Title),
            new(T("Version", "Version"), $"Version {model.VersionNumber}"),
            new(T("Date de soumission", "Submitted on"), $"{Format.DateAndTimeTwoDigitHour(model.SubmittedAt)} {T("(heure de Paris)", "(Paris time)")}"),
            new(T("Chef de file", "Lead partner"), model.LeadOrganisation),
            new(T("Nombre de partenaires", "Number of partners"), model.Partners.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new(T("Durée", "Duration"), Months(model.DurationMonths)),
            new(T("Budget total", "Total budget"), Format.Money(model.Partners.Sum(p => p.Budget.Total)), theme.BodyBold),
            new(T("Aide totale demandée", "Total aid requested"), Format.Money(model.Partners.Sum(p => p.RequestedAid.Sum(a => a.Amount))), theme.BodyBold),
        ]);

        pdf.Space(8);
        pdf.Paragraph(
            T("Ce document reproduit la version soumise du dossier de candidature telle qu’enregistrée par la plateforme. " +
              "Les totaux, parts et montants d’aide sont calculés par la plateforme à partir des budgets saisis par chaque partenaire.",
              "This document reproduces the submitted version of the application dossier as recorded by the platform. " +
              "Totals, shares and aid amounts are computed by the platform from the budgets entered by each partner."),
            theme.SmallMuted);
    }

    private static void WriteSummary(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading(T("1. Résumé du projet", "1. Project summary"));
        pdf.Text(model.Summary);

        pdf.SubHeading(T("Mots-clés", "Keywords"));
        pdf.Paragraph(string.Join(" · ", model.Keywords));

        pdf.SubHeading(T("Maturité technologique et durée", "Technology readiness and duration"));
        pdf.KeyValues(
        [
            new(T("TRL au démarrage", "TRL at start"), $"TRL {model.TrlStart}"),
            new(T("TRL visé en fin de projet", "Target TRL at the end"), $"TRL {model.TrlTarget}"),
            new(T("Durée du projet", "Project duration"), Months(model.DurationMonths)),
        ]);
    }

    private static void WriteConsortium(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading(T("2. Consortium", "2. Consortium"));
        pdf.Table(
        [
            new(T("Organisation", "Organisation"), 36),
            new("SIREN", 12, NoWrap: true),
            new(T("Catégorie", "Category"), 17),
            new(T("Région", "Region"), 18),
            new(T("Rôle", "Role"), 12),
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

    private static string Months(int months) =>
        $"{months}{TextFormat.NoBreakSpace}{T("mois", months == 1 ? "month" : "months")}";

    private static void WriteAttachments(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading(T("5. Pièces jointes", "5. Attachments"));
        if (model.Attachments.Count == 0)
        {
            pdf.Paragraph(T("Aucune pièce jointe.", "No attachments."), pdf.Theme.Label);
            return;
        }

        pdf.Table(AttachmentTable.Columns(pdf.Theme), AttachmentTable.Rows(model.Attachments));
    }
}
