using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class EvaluationSummaryRenderer
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;
    private static readonly TextLabels Labels = TextLabels.French;

    public const string Title = "Synthèse d’évaluation";

    public static byte[] Render(EvaluationSummaryModel model)
    {
        var project = model.Project;
        using var pdf = new PdfComposer(new PdfDocumentInfo(
            Title,
            $"{Title} — {project.Reference} — {project.Acronym}",
            $"{project.Reference} · {project.Acronym}",
            $"Synthèse d’évaluation du dossier {project.Reference} — décision du {Format.Date(model.DecisionDate)}",
            model.DocumentKey,
            model.IssuedAt));
        var theme = pdf.Theme;
        string Score(decimal value) => $"{Format.Number(value)}{TextFormat.NoBreakSpace}/{TextFormat.NoBreakSpace}{Format.Number(model.ScaleMax, 0)}";

        pdf.TitleBlock(model.CallTitle, Title, $"Dossier {project.Reference} — {project.Acronym}");

        pdf.KeyValues(
        [
            new("Référence du dossier", project.Reference),
            new("Acronyme", project.Acronym),
            new("Titre du projet", project.Title),
            new("Appel à projets", model.CallTitle),
            new("Date de la décision", Format.Date(model.DecisionDate)),
        ]);

        pdf.Callout(
            new CalloutParagraph(
            [
                new("Décision du comité de labellisation : ", theme.Body),
                new(Labels.Outcome(model.Decision), theme.BodyBold),
            ]),
            new CalloutParagraph(
            [
                new("Moyenne pondérée : ", theme.Body),
                new(Score(model.WeightedMean), theme.BodyBold),
                new($" — seuil de labellisation : {Score(model.Threshold)} ", theme.Body),
                new(model.MeetsThreshold ? "(atteint)" : "(non atteint)", theme.BodyBold),
            ]));

        pdf.Heading("1. Notes par critère");
        pdf.Paragraph(
            $"Notes sur {Format.Number(model.ScaleMax, 0)} attribuées par les experts, anonymisés ; la moyenne pondérée tient compte de la pondération de chaque critère.",
            theme.Label);
        var columns = new List<TableColumn> { new("Critère", 40), new("Pondération", 13, TextAlign.Right) };
        columns.AddRange(model.Experts.Select(e => new TableColumn(e, 32.0 / Math.Max(1, model.Experts.Count), TextAlign.Right)));
        columns.Add(new TableColumn("Moyenne", 15, TextAlign.Right));

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
        var totalCells = new List<TableCell> { "Moyenne pondérée", Format.Percent(model.Criteria.Sum(c => c.Weight), 0) };
        totalCells.AddRange(model.Experts.Select(_ => (TableCell)""));
        totalCells.Add(Format.Number(model.WeightedMean));
        rows.Add(new TableRow(totalCells, TableRowKind.Total));
        pdf.Table(columns, rows);

        pdf.Heading("2. Motivation de la décision");
        pdf.Text(model.Motivation);

        pdf.Heading("3. Appréciations des experts");
        foreach (var criterion in model.Criteria)
        {
            pdf.SubHeading($"{criterion.Label} — pondération {Format.Percent(criterion.Weight, 0)}");
            foreach (var review in criterion.Reviews)
                pdf.Paragraph(
                [
                    new($"{review.Expert} ({Score(review.Score)}) : ", theme.BodyBold),
                    new(review.Comment, theme.Body),
                ]);
        }

        pdf.SubHeading("Appréciation générale");
        foreach (var comment in model.OverallComments)
            pdf.Paragraph([new($"{comment.Expert} : ", theme.BodyBold), new(comment.Comment, theme.Body)]);

        pdf.Space(6);
        pdf.Paragraph(
            "Les experts sont désignés par des lettres afin de préserver leur anonymat. Les appréciations sont " +
            "reproduites telles que saisies par les experts ; la décision relève du seul comité de labellisation.",
            theme.SmallMuted);

        return pdf.Finish();
    }
}
