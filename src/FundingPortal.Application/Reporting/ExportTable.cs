namespace FundingPortal.Application.Reporting;

public enum ExportColumnKind
{
    Text,
    Money,
    Number,
}

public sealed record ExportColumn(string Header, ExportColumnKind Kind);

/// <summary>A sheet of typed cells (string, decimal or null for an empty cell), written as CSV or XLSX by an <see cref="IExportFormatter"/>.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<ExportColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

public sealed record ExportFile(byte[] Content, string ContentType, string FileName);

public interface IExportFormatter
{
    /// <summary>The value of the <c>format</c> query parameter it answers to (csv, xlsx).</summary>
    string Format { get; }

    string ContentType { get; }

    byte[] Write(ExportTable table);
}
