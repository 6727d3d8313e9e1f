using ClosedXML.Excel;
using FundingPortal.Application.Reporting;
namespace FundingPortal.Infrastructure.Reporting.Exports;

/// <summary>
/// An Excel workbook with one sheet: bold frozen header, filters, money as numbers with two decimals. Column widths are
/// estimated from the text: ClosedXML's AdjustToContents measures fonts through System.Drawing, which Linux lacks.
/// </summary>
internal sealed class XlsxExportFormatter : IExportFormatter
{
    private const double MaxColumnWidth = 60;

    public string Format => "xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public byte[] Write(ExportTable table)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(table.Name);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            sheet.Cell(1, c + 1).SetValue(column.Header);
            for (var r = 0; r < table.Rows.Count; r++)
            {
                var cell = sheet.Cell(r + 2, c + 1);
                switch (table.Rows[r][c])
                {
                    case null:
                        break;
                    case decimal number:
                        cell.SetValue(number);
                        break;
                    case var text:
                        // Typed as text so that a value like "=1+1" stays a value, never a formula.
                        cell.SetValue(text.ToString() ?? string.Empty);
                        cell.DataType = XLDataType.Text;
                        break;
                }
            }

            if (column.Kind != ExportColumnKind.Text)
            {
                sheet.Column(c + 1).Style.NumberFormat.Format = column.Kind == ExportColumnKind.Money ? "#,##0.00" : "0.00";
            }

            var longest = table.Rows.Select(row => Width(row[c], column.Kind)).Append(column.Header.Length).Max();
            sheet.Column(c + 1).Width = Math.Min(MaxColumnWidth, longest + 2);
        }

        var header = sheet.Range(1, 1, 1, table.Columns.Count);
        header.Style.Font.Bold = true;
        header.Style.Fill.BackgroundColor = XLColor.FromHtml("#DDE4F0");
        sheet.SheetView.FreezeRows(1);
        if (table.Columns.Count > 0)
        {
            sheet.Range(1, 1, Math.Max(1, table.Rows.Count + 1), table.Columns.Count).SetAutoFilter();
        }

        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static int Width(object? value, ExportColumnKind kind) => value switch
    {
        null => 0,
        decimal number => kind == ExportColumnKind.Money ? number.ToString("#,##0.00", System.Globalization.CultureInfo.InvariantCulture).Length : 8,
        _ => value.ToString()?.Length ?? 0,
    };
}
