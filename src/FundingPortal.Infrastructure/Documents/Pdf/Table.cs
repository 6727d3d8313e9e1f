namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <param name="Weight">Relative width; the table always spans the body width.</param>
/// <param name="NoWrap">Widen the column to its longest line rather than wrap (default: right-aligned, i.e. numbers).</param>
internal sealed record TableColumn(
    string Header,
    double Weight,
    TextAlign Align = TextAlign.Left,
    TextStyle? Style = null,
    bool? NoWrap = null)
{
    public bool KeepsLinesWhole => NoWrap ?? Align == TextAlign.Right;
}

internal enum TableRowKind
{
    Body,
    Total,
}

/// <summary>A cell's text with an optional style overriding the column's.</summary>
internal readonly record struct TableCell(string Text, TextStyle? Style = null)
{
    public static implicit operator TableCell(string text) => new(text);
}

internal sealed record TableRow(IReadOnlyList<TableCell> Cells, TableRowKind Kind = TableRowKind.Body);

internal sealed record TableOptions
{
    public static TableOptions Grid { get; } = new();

    public static TableOptions KeyValue { get; } = new()
    {
        ShowHeader = false,
        RowRules = false,
        PaddingY = 1.5,
        PaddingX = 0,
        GutterX = 10,
        FirstColumnHeadsRows = true,
    };

    /// <summary>Wide tables of amounts: smaller type and padding.</summary>
    public static TableOptions DenseGrid { get; } = new() { Dense = true, PaddingX = 3 };

    public bool ShowHeader { get; init; } = true;

    /// <summary>Key–value blocks: the first cell of each row is its header (tagged TH with /Row scope).</summary>
    public bool FirstColumnHeadsRows { get; init; }
    public bool Dense { get; init; }
    public bool RowRules { get; init; } = true;
    public double PaddingX { get; init; } = 4;
    public double PaddingY { get; init; } = 3;

    /// <summary>Extra space between columns, for tables without rules.</summary>
    public double GutterX { get; init; }
}
