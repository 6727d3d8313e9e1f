using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class EvaluationSummaryRenderer
{
    private static TextFormat Format => DocumentLanguage.Format;
    private static TextLabels Labels => DocumentLanguage.Labels;

    public static string Title => T("Synthèse d’évaluation", "Evaluation summary");

    public static byte[] Render(EvaluationSummaryModel model)
    {
        var project = model.Project;
        var info = new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — {project.Acronym}",
            $"{project.Reference} · {project.Acronym}",
            T($"Synthèse d’évaluation du dossier {project.Reference} — décision du {Format.Date(model.DecisionDate)}", $"Evaluation summary of dossier {project.Reference} — decision of {Format.Date(model.DecisionDate)}"),
            model.DocumentKey,
            model.IssuedAt,
            DocumentLanguage.Tag);

        return PdfComposer.Render(info, pdf =>
        {
            var theme = pdf.Theme;
            string Score(decimal value) => $"{Format.Number(value)}{TextFormat.NoBreakSpace}/{TextFormat.NoBreakSpace}{Format.Number(model.ScaleMax, 0)}";

            pdf.TitleBlock(model.CallTitle, Title, $"Dossier {project.Reference} — {project.Acronym}");

            pdf.KeyValues(
            [
                .. ProjectRows.Of(project, model.CallTitle),
                new(T("Date de la décision", "Decision date"), Format.Date(model.DecisionDate)),
            ]);

            pdf.Callout(
                new CalloutParagraph(
                [
                    new(T("Décision du comité de labellisation : ", "Labelling committee decision: "), theme.Body),
                    new(Labels.Outcome(model.Decision), theme.BodyBold),
                ]),
                new CalloutParagraph(
                [
                    new(T("Moyenne pondérée : ", "Weighted mean: "), theme.Body),
                    new(Score(model.WeightedMean), theme.BodyBold),
                    new(T($" — seuil de labellisation : {Score(model.Threshold)} ", $" — labelling threshold: {Score(model.Threshold)} "), theme.Body),
                    new(model.MeetsThreshold ? T("(atteint)", "(reached)") : T("(non atteint)", "(not reached)"), theme.BodyBold),
                ]));

            pdf.Heading(T("1. Notes par critère", "1. Scores per criterion"));
            pdf.Paragraph(
                T($"Notes sur {Format.Number(model.ScaleMax, 0)} attribuées par les experts, anonymisés ; la moyenne pondérée tient compte de la pondération de chaque critère.",
                  $"Scores out of {Format.Number(model.ScaleMax, 0)} given by the experts, anonymised; the weighted mean takes each criterion's weight into account."),
                theme.Label);
            var columns = new List<TableColumn> { new(T("Critère", "Criterion"), 40), new(T("Pondération", "Weight"), 13, TextAlign.Right) };
            columns.AddRange(model.Experts.Select(e => new TableColumn(e, 32.0 / Math.Max(1, model.Experts.Count), TextAlign.Right)));
            columns.Add(new TableColumn(T("Moyenne", "Mean"), 15, TextAlign.Right));

            var rows = model.Criteria.Select(c =>
            {
                var cells = new List<TableCell> { c.Label, Format.Percent(c.Weight, 0) };
                cells.AddRange(model.Experts.Select(e =>
                {
                    var review = c.Reviews.FirstOrDefault(r => r.Expert == e);
                    return (TableCell)(review is null ? "—" : Format.Number(review.Score, 1));
                }));
                cells.Add(Format.Number(c.Mean));
                return new TableRow(cells);
            }).ToList();
            var totalCells = new List<TableCell> { T("Moyenne pondérée", "Weighted mean"), Format.Percent(model.Criteria.Sum(c => c.Weight), 0) };
            totalCells.AddRange(model.Experts.Select(_ => (TableCell)""));
            totalCells.Add(Format.Number(model.WeightedMean));
            rows.Add(new TableRow(totalCells, TableRowKind.Total));
            pdf.Table(columns, rows);

            pdf.Heading(T("2. Motivation de la décision", "2. Reasons for the decision"));
            pdf.Text(model.Motivation);

            pdf.Heading(T("3. Appréciations des experts", "3. Experts' assessments"));
            foreach (var criterion in model.Criteria)
            {
                pdf.SubHeading($"{criterion.Label} — {T("pondération", "weight")} {Format.Percent(criterion.Weight, 0)}");
                foreach (var review in criterion.Reviews)
                    pdf.Paragraph(
                    [
                        new($"{review.Expert} ({Score(review.Score)}){T(" : ", ": ")}", theme.BodyBold),
                        new(review.Comment, theme.Body),
                    ]);
            }

            pdf.SubHeading(T("Appréciation générale", "Overall assessment"));
            foreach (var comment in model.OverallComments)
                pdf.Paragraph([new($"{comment.Expert}{T(" : ", ": ")}", theme.BodyBold), new(comment.Comment, theme.Body)]);

            pdf.Space(6);
            pdf.Paragraph(
                T("Les experts sont désignés par des lettres afin de préserver leur anonymat. Les appréciations sont " +
                  "reproduites telles que saisies par les experts ; la décision relève du seul comité de labellisation.",
                  "Experts are named by letters to keep them anonymous. Assessments are reproduced as the experts " +
                  "entered them; the decision belongs to the labelling committee alone."),
                theme.SmallMuted);
        });
    }
}
