using System.Globalization;
using System.Text;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Reporting;
namespace FundingPortal.Infrastructure.Reporting.Exports;

/// <summary>
/// CSV the way Excel in France opens it with a double click: UTF-8 with a BOM (or accents break), ';' between fields,
/// decimal commas, CRLF line ends. Written line by line into the response, flushed every <see cref="FlushEvery"/> rows.
/// </summary>
internal sealed class CsvExportFormatter : IExportFormatter
{
    private const int FlushEvery = 1_000;
    private static readonly CultureInfo French = TextFormat.French.Culture;

    public string Format => "csv";

    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync(ExportTable table, Stream output, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        await writer.WriteAsync(Line(table.Columns.Select(c => Text(c.Header))).AsMemory(), ct);
        var written = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            await writer.WriteAsync(Line(row.Select((cell, i) => Cell(cell, table.Columns[i].Kind))).AsMemory(), ct);
            if (++written % FlushEvery == 0)
            {
                await writer.FlushAsync(ct);
            }
        }

        await writer.FlushAsync(ct);
    }

    private static string Line(IEnumerable<string> fields) => string.Join(';', fields) + "\r\n";

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
