using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace FundingPortal.Api.IntegrationTests.CoFunding;

/// <summary>One sheet of an XLSX file read back with the Open XML SDK, as Excel would see it.</summary>
public sealed class XlsxSheet
{
    private XlsxSheet(List<List<XlsxCell>> rows, string? filter, bool headerFrozen, IReadOnlyDictionary<uint, uint> numberFormats, IReadOnlySet<uint> boldStyles)
    {
        Rows = rows;
        Filter = filter;
        HeaderFrozen = headerFrozen;
        NumberFormats = numberFormats;
        BoldStyles = boldStyles;
    }

    /// <summary>Rows in order, header first; each cell at its column's position (empty cells as <see cref="XlsxCell.Empty"/>).</summary>
    public List<List<XlsxCell>> Rows { get; }

    /// <summary>The auto-filter's range, e.g. "A1:X13".</summary>
    public string? Filter { get; }

    public bool HeaderFrozen { get; }

    /// <summary>Cell format index → number format id (4 is #,##0.00, 2 is 0.00).</summary>
    public IReadOnlyDictionary<uint, uint> NumberFormats { get; }

    public IReadOnlySet<uint> BoldStyles { get; }

    public static XlsxSheet Open(byte[] file, string name)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(file), isEditable: false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];

        var rows = worksheet.Descendants<Row>().Select(row =>
        {
            var cells = new List<XlsxCell>();
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnIndex(cell.CellReference!.Value!);
                while (cells.Count < column)
                {
                    cells.Add(XlsxCell.Empty);
                }

                cells.Add(Read(cell, shared));
            }

            return cells;
        }).ToList();

        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var fonts = styles.Fonts!.Elements<Font>().ToList();
        var formats = styles.CellFormats!.Elements<CellFormat>().ToList();
        var numberFormats = formats.Select((f, i) => (i, f.NumberFormatId?.Value ?? 0)).ToDictionary(x => (uint)x.i, x => x.Item2);
        var bold = formats.Select((f, i) => (i, fonts[(int)(f.FontId?.Value ?? 0)].Bold is not null)).Where(x => x.Item2).Select(x => (uint)x.i).ToHashSet();
        var pane = worksheet.Descendants<Pane>().FirstOrDefault();
        return new XlsxSheet(rows, worksheet.Elements<AutoFilter>().FirstOrDefault()?.Reference?.Value,
            pane is { State.Value: var state, VerticalSplit.Value: 1 } && state == PaneStateValues.Frozen, numberFormats, bold);
    }

    private static XlsxCell Read(Cell cell, List<string> shared)
    {
        var style = cell.StyleIndex?.Value ?? 0;
        var formula = cell.CellFormula is not null;
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return new XlsxCell(XlsxCellKind.Text, cell.InlineString!.InnerText, null, style, formula);
        }

        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return new XlsxCell(XlsxCellKind.Text, shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)], null, style, formula);
        }

        if (cell.DataType?.Value == CellValues.String)
        {
            return new XlsxCell(XlsxCellKind.Text, cell.CellValue?.Text ?? string.Empty, null, style, formula);
        }

        return cell.CellValue is null
            ? new XlsxCell(XlsxCellKind.Empty, string.Empty, null, style, formula)
            : new XlsxCell(XlsxCellKind.Number, cell.CellValue.Text, decimal.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture), style, formula);
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}

public enum XlsxCellKind
{
    Empty,
    Text,
    Number,
}

public sealed record XlsxCell(XlsxCellKind Kind, string Text, decimal? Number, uint Style, bool HasFormula)
{
    public static XlsxCell Empty { get; } = new(XlsxCellKind.Empty, string.Empty, null, 0, false);
}
