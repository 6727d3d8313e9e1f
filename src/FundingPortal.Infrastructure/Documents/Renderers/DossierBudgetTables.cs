using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class DossierBudgetTables
{
    // The documents are written in French.
    private static readonly TextFormat Format = TextFormat.French;

    public static void WriteBudget(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading("3. Budget par partenaire");
        pdf.Paragraph("Coûts éligibles par catégorie de dépenses, en euros hors taxes.", pdf.Theme.Label);

        var grandTotal = model.Partners.Sum(p => p.Budget.Total);
        var rows = model.Partners
            .Select(p => new TableRow(
            [
                p.Name,
                Format.Amount(p.Budget.Personnel),
                Format.Amount(p.Budget.Overheads),
                Format.Amount(p.Budget.Subcontracting),
                Format.Amount(p.Budget.Equipment),
                Format.Amount(p.Budget.OtherCosts),
                Format.Amount(p.Budget.Total),
                Format.Percent(TextFormat.Share(p.Budget.Total, grandTotal)),
            ]))
            .Append(new TableRow(
            [
                "Total",
                Format.Amount(model.Partners.Sum(p => p.Budget.Personnel)),
                Format.Amount(model.Partners.Sum(p => p.Budget.Overheads)),
                Format.Amount(model.Partners.Sum(p => p.Budget.Subcontracting)),
                Format.Amount(model.Partners.Sum(p => p.Budget.Equipment)),
                Format.Amount(model.Partners.Sum(p => p.Budget.OtherCosts)),
                Format.Amount(grandTotal),
                Format.Percent(grandTotal == 0 ? 0 : 100),
            ], TableRowKind.Total))
            .ToArray();

        pdf.Table(
        [
            new("Partenaire", 22),
            new("Personnel", 12.5, TextAlign.Right),
            new("Frais généraux", 12.5, TextAlign.Right),
            new("Sous-traitance", 12.5, TextAlign.Right),
            new("Équipements", 12.5, TextAlign.Right),
            new("Autres coûts", 12.5, TextAlign.Right),
            new("Total", 13, TextAlign.Right),
            new("Part", 7.5, TextAlign.Right),
        ], rows, dense: true);
    }

    public static void WriteAidPlan(PdfComposer pdf, DossierModel model)
    {
        var theme = pdf.Theme;
        pdf.Heading("4. Plan d’aide demandée");
        pdf.Paragraph(
            "Aide demandée par partenaire et par financeur, en euros ; le taux appliqué aux coûts éligibles figure sous chaque montant.",
            theme.Label);

        var funders = model.FunderNames;
        var columns = new List<TableColumn> { new("Partenaire", 26) };
        columns.AddRange(funders.Select(f => new TableColumn(f, 54.0 / funders.Count, TextAlign.Right)));
        columns.Add(new TableColumn("Total demandé", 20, TextAlign.Right));

        var rows = new List<TableRow>();
        foreach (var partner in model.Partners)
        {
            var cells = new List<TableCell> { partner.Name };
            foreach (var funder in funders)
            {
                var aid = partner.RequestedAid.FirstOrDefault(a => a.FunderName == funder);
                cells.Add(aid is null
                    ? "—"
                    : $"{Format.Amount(aid.Amount)}\n{Format.Percent(aid.RatePercent)}");
            }

            cells.Add(Format.Amount(partner.RequestedAid.Sum(a => a.Amount)));
            rows.Add(new TableRow(cells));
        }

        var totals = new List<TableCell> { "Total par financeur" };
        totals.AddRange(funders.Select(f => (TableCell)Format.Amount(
            model.Partners.SelectMany(p => p.RequestedAid).Where(a => a.FunderName == f).Sum(a => a.Amount))));
        var totalAid = model.Partners.Sum(p => p.RequestedAid.Sum(a => a.Amount));
        totals.Add(Format.Amount(totalAid));
        rows.Add(new TableRow(totals, TableRowKind.Total));

        pdf.Table(columns, rows, dense: funders.Count > 3);

        var totalBudget = model.Partners.Sum(p => p.Budget.Total);
        pdf.KeyValues(
        [
            new("Aide totale demandée", Format.Money(totalAid), theme.BodyBold),
            new("Taux d’aide moyen", Format.Percent(TextFormat.Share(totalAid, totalBudget))),
        ]);
    }
}
