namespace FundingPortal.Application.Reporting;

public enum ExportColumnKind
{
    Text,
    Money,
    Number,
}

public sealed record ExportColumn(string Header, ExportColumnKind Kind);

/// <summary>
/// A sheet of typed cells (string, decimal or null for an empty cell), written as CSV or XLSX by an
/// <see cref="IExportFormatter"/>. The rows are read from the database as the formatter writes them: a call of
/// 30,000 rows is never held in memory.
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IAsyncEnumerable<IReadOnlyList<object?>> Rows);

/// <summary>A file written straight into the response (<paramref name="WriteTo"/>) once the request was found valid.</summary>
public sealed record ExportFile(Func<Stream, CancellationToken, Task> WriteTo, string ContentType, string FileName);

public interface IExportFormatter
{
    /// <summary>The value of the <c>format</c> query parameter it answers to (csv, xlsx).</summary>
    string Format { get; }

    string ContentType { get; }

    /// <summary>Writes the table to <paramref name="output"/> as the rows arrive, flushing as it goes.</summary>
    Task WriteAsync(ExportTable table, Stream output, CancellationToken ct);
}
