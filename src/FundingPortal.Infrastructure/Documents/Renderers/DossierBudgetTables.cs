using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

internal static class DossierBudgetTables
{
    private static TextFormat Format => DocumentLanguage.Format;

    public static void WriteBudget(PdfComposer pdf, DossierModel model)
    {
        pdf.Heading(T("3. Budget par partenaire", "3. Budget per partner"));
        pdf.Paragraph(T("Coûts éligibles par catégorie de dépenses, en euros hors taxes.", "Eligible costs per expense category, in euros excluding VAT."), pdf.Theme.Label);

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
                T("Total", "Total"),
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
            new(T("Partenaire", "Partner"), 22),
            new(T("Personnel", "Staff"), 12.5, TextAlign.Right),
            new(T("Frais généraux", "Overheads"), 12.5, TextAlign.Right),
            new(T("Sous-traitance", "Subcontracting"), 12.5, TextAlign.Right),
            new(T("Équipements", "Equipment"), 12.5, TextAlign.Right),
            new(T("Autres coûts", "Other costs"), 12.5, TextAlign.Right),
            new(T("Total", "Total"), 13, TextAlign.Right),
            new(T("Part", "Share"), 7.5, TextAlign.Right),
        ], rows, dense: true);
    }

    public static void WriteAidPlan(PdfComposer pdf, DossierModel model)
    {
        var theme = pdf.Theme;
        pdf.Heading(T("4. Plan d’aide demandée", "4. Requested aid plan"));
        pdf.Paragraph(
            T("Aide demandée par partenaire et par financeur, en euros ; le taux appliqué aux coûts éligibles figure sous chaque montant.",
              "Aid requested per partner and per funder, in euros; the rate applied to the eligible costs is under each amount."),
            theme.Label);

        var funders = model.FunderNames;
        var columns = new List<TableColumn> { new(T("Partenaire", "Partner"), 26) };
        columns.AddRange(funders.Select(f => new TableColumn(f, 54.0 / funders.Count, TextAlign.Right)));
        columns.Add(new TableColumn(T("Total demandé", "Total requested"), 20, TextAlign.Right));

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

        var totals = new List<TableCell> { T("Total par financeur", "Total per funder") };
        totals.AddRange(funders.Select(f => (TableCell)Format.Amount(
            model.Partners.SelectMany(p => p.RequestedAid).Where(a => a.FunderName == f).Sum(a => a.Amount))));
        var totalAid = model.Partners.Sum(p => p.RequestedAid.Sum(a => a.Amount));
        totals.Add(Format.Amount(totalAid));
        rows.Add(new TableRow(totals, TableRowKind.Total));

        pdf.Table(columns, rows, dense: funders.Count > 3);

        var totalBudget = model.Partners.Sum(p => p.Budget.Total);
        pdf.KeyValues(
        [
            new(T("Aide totale demandée", "Total aid requested"), Format.Money(totalAid), theme.BodyBold),
            new(T("Taux d’aide moyen", "Average aid rate"), Format.Percent(TextFormat.Share(totalAid, totalBudget))),
        ]);
    }
}
