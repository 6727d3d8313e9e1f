using System.Globalization;
using System.Text;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Reporting;
namespace FundingPortal.Infrastructure.Reporting.Exports;

/// <summary>
/// CSV the way Excel in France opens it with a double click: UTF-8 with a BOM (or accents break), ';' between fields,
/// decimal commas, CRLF line ends.
/// </summary>
internal sealed class CsvExportFormatter : IExportFormatter
{
    private static readonly CultureInfo French = TextFormat.French.Culture;

    public string Format => "csv";

    public string ContentType => "text/csv; charset=utf-8";

    public byte[] Write(ExportTable table)
    {
        var csv = new StringBuilder();
        AppendLine(csv, table.Columns.Select(c => Text(c.Header)));
        foreach (var row in table.Rows)
        {
            AppendLine(csv, row.Select((cell, i) => Cell(cell, table.Columns[i].Kind)));
        }

        var preamble = Encoding.UTF8.GetPreamble();
        var body = Encoding.UTF8.GetBytes(csv.ToString());
        return [.. preamble, .. body];
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields) => csv.Append(string.Join(';', fields)).Append("\r\n");

    private static string Cell(object? value, ExportColumnKind kind) => value switch
    {
        null => string.Empty,
        decimal amount when kind == ExportColumnKind.Money => amount.ToString("0.00", French),
        decimal number => number.ToString("0.####", French),
        _ => Text(value.ToString() ?? string.Empty),
    };

    private static string Text(string value)
    {
        // A cell starting with = + - @ would run as a formula in Excel (CSV injection): make it plain text.
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
