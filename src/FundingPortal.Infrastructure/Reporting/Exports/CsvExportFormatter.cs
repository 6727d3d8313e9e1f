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
        var lines = new StringBuilder();
        AppendLine(lines, table.Columns.Select(c => (object?)c.Header).ToList(), table.Columns.Select(_ => ExportColumnKind.Text).ToList());
        var kinds = table.Columns.Select(c => c.Kind).ToList();
        var written = 0;
        await foreach (var row in table.Rows.WithCancellation(ct))
        {
            AppendLine(lines, row, kinds);
            if (++written % FlushEvery == 0)
            {
                await writer.WriteAsync(lines, ct);
                await writer.FlushAsync(ct);
                lines.Clear();
            }
        }

        await writer.WriteAsync(lines, ct);
        await writer.FlushAsync(ct);
    }

    private static void AppendLine(StringBuilder lines, IReadOnlyList<object?> cells, IReadOnlyList<ExportColumnKind> kinds)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                lines.Append(';');
            }

            switch (cells[i])
            {
                case null:
                    break;
                case decimal amount when kinds[i] == ExportColumnKind.Money:
                    lines.Append(French, $"{amount:F2}");
                    break;
                case decimal number:
                    lines.Append(French, $"{number:0.####}");
                    break;
                case var value:
                    lines.Append(Text(value.ToString() ?? string.Empty));
                    break;
            }
        }

        lines.Append("\r\n");
    }

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
