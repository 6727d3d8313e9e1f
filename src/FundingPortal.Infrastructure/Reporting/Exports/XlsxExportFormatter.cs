using System.Globalization;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using FundingPortal.Application.Reporting;
namespace FundingPortal.Infrastructure.Reporting.Exports;

/// <summary>
/// An Excel workbook with one sheet: bold frozen header, filters, money as numbers with two decimals, text as inline
/// strings (never formulas). Written in constant memory: the package is zipped straight into the response and the sheet
/// streamed row by row with the Open XML SAX writer (<see cref="OpenXmlWriter"/>); nothing holds the whole sheet.
/// Column widths must precede the rows, so they are estimated from the header and the first <see cref="WidthSample"/> rows.
/// </summary>
internal sealed class XlsxExportFormatter : IExportFormatter
{
    private const double MaxColumnWidth = 60;
    private const int WidthSample = 200;
    private const int SendEvery = 500;

    // Cell formats of the stylesheet below, by index.
    private const string HeaderStyle = "1";
    private const string MoneyStyle = "2";
    private const string NumberStyle = "3";

    // Parts as Excel writes them: UTF-8 without a byte order mark.
    private static readonly UTF8Encoding NoByteOrderMark = new(encoderShouldEmitUTF8Identifier: false);

    public string Format => "xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task WriteAsync(ExportTable table, Stream output, CancellationToken ct)
    {
        using var sink = new BufferedResponseStream(output);
        await using var rows = table.Rows.GetAsyncEnumerator(ct);
        var sample = new List<IReadOnlyList<object?>>();
        while (sample.Count < WidthSample && await rows.MoveNextAsync())
        {
            sample.Add(rows.Current);
        }

        int rowCount;
        using (var zip = new ZipArchive(sink, ZipArchiveMode.Create, leaveOpen: true))
        {
            WriteText(zip, "[Content_Types].xml", ContentTypes);
            WriteText(zip, "_rels/.rels", PackageRelationships);
            WriteText(zip, "xl/_rels/workbook.xml.rels", WorkbookRelationships);
            WriteElement(zip, "xl/styles.xml", Styles());

            var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using (var part = entry.Open())
            using (var writer = OpenXmlWriter.Create(part, NoByteOrderMark))
            {
                var sheet = new SheetWriter(writer, table.Columns);
                writer.WriteStartDocument();
                writer.WriteStartElement(new Worksheet());
                writer.WriteElement(FrozenHeader());
                writer.WriteElement(Widths(table.Columns, sample));
                writer.WriteStartElement(new SheetData());
                sheet.Header();
                foreach (var row in sample)
                {
                    sheet.Row(row);
                }

                while (await rows.MoveNextAsync())
                {
                    sheet.Row(rows.Current);
                    if (sheet.Rows % SendEvery == 0)
                    {
                        // What the zip's compressor has emitted so far goes out; the rest follows at the next send.
                        await sink.SendAsync(ct);
                    }
                }

                writer.WriteEndElement();
                if (table.Columns.Count > 0)
                {
                    writer.WriteElement(new AutoFilter { Reference = FilterRange(table.Columns.Count, sheet.Rows) });
                }

                writer.WriteEndElement();
                writer.Close();
                rowCount = sheet.Rows;
            }

            WriteElement(zip, "xl/workbook.xml", Workbook(table, rowCount));
        }

        await sink.SendAsync(ct);
    }

    private static string FilterRange(int columns, int rows) => $"A1:{SheetWriter.ColumnName(columns - 1)}{Math.Max(1, rows)}";

    private static SheetViews FrozenHeader() =>
        new(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft })
        { WorkbookViewId = 0, TabSelected = true });

    private static Columns Widths(IReadOnlyList<ExportColumn> columns, List<IReadOnlyList<object?>> sample) =>
        new(columns.Select((column, c) =>
        {
            var longest = sample.Select(row => Width(row[c], column.Kind)).Append(column.Header.Length).Max();
            var width = new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Math.Min(MaxColumnWidth, longest + 2), CustomWidth = true };
            if (column.Kind != ExportColumnKind.Text)
            {
                width.Style = uint.Parse(column.Kind == ExportColumnKind.Money ? MoneyStyle : NumberStyle, CultureInfo.InvariantCulture);
            }

            return width;
        }));

    private static int Width(object? value, ExportColumnKind kind) => value switch
    {
        null => 0,
        decimal number => kind == ExportColumnKind.Money ? number.ToString("#,##0.00", CultureInfo.InvariantCulture).Length : 8,
        _ => value.ToString()?.Length ?? 0,
    };

    private static Workbook Workbook(ExportTable table, int rows)
    {
        var workbook = new Workbook(new Sheets(new Sheet { Name = table.Name, SheetId = 1, Id = "rSheet1" }));
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        if (table.Columns.Count > 0)
        {
            // Excel keeps a sheet's filter range in this hidden name; without it some versions drop the filter buttons.
            var range = $"'{table.Name}'!$A$1:${SheetWriter.ColumnName(table.Columns.Count - 1)}${Math.Max(1, rows)}";
            workbook.Append(new DefinedNames(new DefinedName(range) { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
        }

        return workbook;
    }

    /// <summary>0 default; 1 bold header on a light blue fill; 2 money (#,##0.00, built-in 4); 3 number (0.00, built-in 2).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }))
        { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE4F0" }) { PatternType = PatternValues.Solid }))
        { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true },
            new CellFormat { NumberFormatId = 4, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 2, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true })
        { Count = 4 });

    private static void WriteElement(ZipArchive zip, string path, OpenXmlElement element)
    {
        using var part = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(part, NoByteOrderMark);
        writer.WriteStartDocument();
        writer.WriteElement(element);
        writer.Close();
    }

    private static void WriteText(ZipArchive zip, string path, string xml)
    {
        using var part = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        part.Write(Encoding.UTF8.GetBytes(xml));
    }

    private const string ContentTypes =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
        + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"""
        + """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
        + """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""
        + """<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""";

    private const string PackageRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + """<Relationship Id="rWorkbook" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""";

    private const string WorkbookRelationships =
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
        + """<Relationship Id="rSheet1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"""
        + """<Relationship Id="rStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""";

    /// <summary>Writes rows as SAX events, reusing one element of each kind: only the tag names are taken from them.</summary>
    private sealed class SheetWriter(OpenXmlWriter writer, IReadOnlyList<ExportColumn> columns)
    {
        private readonly string[] names = columns.Select((_, c) => ColumnName(c)).ToArray();
        private readonly Row row = new();
        private readonly Cell cell = new();
        private readonly CellValue value = new();
        private readonly InlineString inline = new();
        private readonly Text text = new();

        /// <summary>Rows written so far, header included.</summary>
        public int Rows { get; private set; }

        public static string ColumnName(int index)
        {
            var name = string.Empty;
            for (var n = index + 1; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }

            return name;
        }

        public void Header() => Write(columns.Select(c => (object?)c.Header).ToList(), header: true);

        public void Row(IReadOnlyList<object?> cells) => Write(cells, header: false);

        private void Write(IReadOnlyList<object?> cells, bool header)
        {
            Rows++;
            var number = Rows.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement(row, [new OpenXmlAttribute("r", string.Empty, number)]);
            for (var c = 0; c < cells.Count; c++)
            {
                var reference = names[c] + number;
                switch (cells[c])
                {
                    case null:
                        break;
                    case decimal amount:
                        var style = columns[c].Kind == ExportColumnKind.Money ? MoneyStyle : NumberStyle;
                        writer.WriteStartElement(cell, [new OpenXmlAttribute("r", string.Empty, reference), new OpenXmlAttribute("s", string.Empty, style)]);
                        writer.WriteStartElement(value);
                        writer.WriteString(amount.ToString(CultureInfo.InvariantCulture));
                        writer.WriteEndElement();
                        writer.WriteEndElement();
                        break;
                    case var content:
                        InlineText(reference, content.ToString() ?? string.Empty, header);
                        break;
                }
            }

            writer.WriteEndElement();
        }

        private void InlineText(string reference, string content, bool header)
        {
            List<OpenXmlAttribute> attributes = [new("r", string.Empty, reference), new("t", string.Empty, "inlineStr")];
            if (header)
            {
                attributes.Add(new OpenXmlAttribute("s", string.Empty, HeaderStyle));
            }

            writer.WriteStartElement(cell, attributes);
            writer.WriteStartElement(inline);
            if (content.Length > 0 && (char.IsWhiteSpace(content[0]) || char.IsWhiteSpace(content[^1])))
            {
                writer.WriteStartElement(text, [new OpenXmlAttribute("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")]);
            }
            else
            {
                writer.WriteStartElement(text);
            }

            writer.WriteString(content);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }
}
