using PdfSharp.UniversalAccessibility;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Draws a table across pages: the header row is repeated on every page, a row moves whole to the
/// next page when it does not fit, and only a row taller than a full page is split between lines.
/// </summary>
internal sealed class TableWriter
{
    private readonly PageFlow _flow;
    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly TableOptions _options;
    private readonly double[] _cellLeft;
    private readonly double[] _innerWidth;
    private readonly LaidRow? _header;
    private bool _headerTagged;

    private TableWriter(PageFlow flow, IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, TableOptions options)
    {
        _flow = flow;
        _columns = columns;
        _options = options;
        _cellLeft = new double[columns.Count];
        _innerWidth = new double[columns.Count];

        var widths = ColumnWidths.Compute(columns, RequiredWidths(rows), flow.Width);
        var x = flow.Left;
        for (var i = 0; i < columns.Count; i++)
        {
            var width = widths[i];
            var gutter = i < columns.Count - 1 ? options.GutterX : 0;
            _cellLeft[i] = x + options.PaddingX;
            _innerWidth[i] = width - 2 * options.PaddingX - gutter;
            x += width;
        }

        if (options.ShowHeader)
        {
            var headerCells = columns.Select(c => new TableCell(c.Header, HeaderStyle)).ToArray();
            _header = Layout(new TableRow(headerCells));
        }
    }

    private double HeaderHeight => _header?.Height ?? 0;

    private TextStyle HeaderStyle => _options.Dense ? _flow.Theme.DenseHeader : _flow.Theme.TableHeader;

    public static void Write(PageFlow flow, IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> rows, TableOptions options)
    {
        var writer = new TableWriter(flow, columns, rows, options);
        using (flow.Tags.Begin(PdfBlockLevelElementTag.Table))
            writer.WriteRows(rows);
        flow.Space(flow.Theme.BlockSpacing);
    }

    private void WriteRows(IReadOnlyList<TableRow> rows)
    {
        var laid = new LaidRow[rows.Count];
        for (var i = 0; i < rows.Count; i++)
            laid[i] = Layout(rows[i]);

        var fullPage = _flow.Geometry.BodyHeight - HeaderHeight;
        var firstRowHeight = laid.Length == 0 ? 0 : laid[0].Height <= fullPage ? laid[0].Height : 40;
        _flow.EnsureRoom(HeaderHeight + firstRowHeight);
        DrawHeader();

        foreach (var row in laid)
        {
            if (row.Height > fullPage)
            {
                DrawSplit(row);
                continue;
            }

            if (row.Height > _flow.Remaining)
            {
                _flow.NewPage();
                DrawHeader();
            }

            DrawFragment(row, new int[_columns.Count], LineCounts(row), row.Height);
        }
    }

    private double[] RequiredWidths(IReadOnlyList<TableRow> rows)
    {
        var required = new double[_columns.Count];
        for (var i = 0; i < _columns.Count; i++)
        {
            if (!_columns[i].KeepsLinesWhole)
                continue;
            var gutter = i < _columns.Count - 1 ? _options.GutterX : 0;
            double widest = 0;
            if (_options.ShowHeader)
            {
                foreach (var word in _columns[i].Header.Split(' ', '-'))
                    widest = Math.Max(widest, HeaderStyle.Width(word + "-"));
            }

            foreach (var row in rows)
            {
                if (i >= row.Cells.Count)
                    continue;
                var cell = row.Cells[i];
                var style = StyleOf(cell, row.Kind, i);
                foreach (var line in cell.Text.Split('\n'))
                    widest = Math.Max(widest, style.Width(line));
            }

            required[i] = widest + 2 * _options.PaddingX + gutter + 0.5;
        }

        return required;
    }

    private TextStyle StyleOf(TableCell cell, TableRowKind kind, int column)
    {
        if (cell.Style is not null)
            return cell.Style;
        var theme = _flow.Theme;
        if (kind == TableRowKind.Total)
            return _options.Dense ? theme.DenseCellBold : theme.TableCellBold;
        return _columns[column].Style ?? (_options.Dense ? theme.DenseCell : theme.TableCell);
    }

    /// <summary>Wraps every cell and lines up the first baselines of cells in different styles.</summary>
    private LaidRow Layout(TableRow row)
    {
        var cells = new IReadOnlyList<TextLine>[_columns.Count];
        var offsets = new double[_columns.Count];
        double baseline = 0;
        for (var i = 0; i < _columns.Count; i++)
        {
            var cell = i < row.Cells.Count ? row.Cells[i] : new TableCell("");
            cells[i] = LineBreaker.Wrap(cell.Text, StyleOf(cell, row.Kind, i), _innerWidth[i]);
            if (cells[i].Count > 0)
                baseline = Math.Max(baseline, cells[i][0].Baseline);
        }

        double contentHeight = 0;
        for (var i = 0; i < _columns.Count; i++)
        {
            if (cells[i].Count == 0)
                continue;
            offsets[i] = baseline - cells[i][0].Baseline;
            double height = offsets[i];
            foreach (var line in cells[i])
                height += line.Height;
            contentHeight = Math.Max(contentHeight, height);
        }

        return new LaidRow(cells, offsets, contentHeight + 2 * _options.PaddingY, row.Kind);
    }

    private void DrawHeader()
    {
        if (_header is null)
            return;

        var theme = _flow.Theme;
        var top = _flow.Y;
        var header = _header;
        Decorate(() => _flow.Graphics.DrawRectangle(theme.HeaderFill, _flow.Left, top, _flow.Width, header.Height));

        // The header is read once; its repetitions on the following pages are pagination artifacts.
        if (_headerTagged)
        {
            _flow.Tags.Artifact(() => DrawCells(header, new int[_columns.Count], LineCounts(header), top, tagged: false));
        }
        else
        {
            _headerTagged = true;
            DrawCells(header, new int[_columns.Count], LineCounts(header), top, tagged: true, isHeader: true);
        }

        _flow.Advance(header.Height);
        var ruleY = _flow.Y;
        Decorate(() => _flow.Graphics.DrawLine(theme.RuleStrong, _flow.Left, ruleY, _flow.Right, ruleY));
    }

    private void DrawSplit(LaidRow row)
    {
        var from = new int[_columns.Count];
        var counts = LineCounts(row);
        while (true)
        {
            var room = _flow.Remaining - 2 * _options.PaddingY;
            var to = new int[_columns.Count];
            double fragmentContent = 0;
            for (var i = 0; i < _columns.Count; i++)
            {
                double used = from[i] == 0 ? row.Offsets[i] : 0;
                var end = from[i];
                while (end < counts[i] && used + row.Cells[i][end].Height <= room)
                    used += row.Cells[i][end++].Height;
                to[i] = end;
                fragmentContent = Math.Max(fragmentContent, used);
            }

            var progressed = false;
            for (var i = 0; i < _columns.Count; i++)
                progressed |= to[i] > from[i];

            if (progressed)
                DrawFragment(row, from, to, fragmentContent + 2 * _options.PaddingY);

            var done = true;
            for (var i = 0; i < _columns.Count; i++)
                done &= to[i] >= counts[i];
            if (done)
                return;

            from = to;
            _flow.NewPage();
            DrawHeader();
        }
    }

    private void DrawFragment(LaidRow row, int[] from, int[] to, double height)
    {
        var theme = _flow.Theme;
        var graphics = _flow.Graphics;
        var top = _flow.Y;

        if (row.Kind == TableRowKind.Total)
        {
            Decorate(() =>
            {
                graphics.DrawRectangle(theme.TintFill, _flow.Left, top, _flow.Width, height);
                graphics.DrawLine(theme.RuleStrong, _flow.Left, top, _flow.Right, top);
            });
        }

        DrawCells(row, from, to, top, tagged: true);
        _flow.Advance(height);

        if (_options.RowRules)
        {
            var ruleY = _flow.Y;
            Decorate(() => graphics.DrawLine(row.Kind == TableRowKind.Total ? theme.RuleStrong : theme.RuleLight,
                _flow.Left, ruleY, _flow.Right, ruleY));
        }
    }

    private void Decorate(Action draw) => _flow.Tags.Artifact(draw);

    /// <summary>A row fragment; tagged, it is one TR whose cells are TH or TD (a row split across pages gives two TRs).</summary>
    private void DrawCells(LaidRow row, int[] from, int[] to, double top, bool tagged, bool isHeader = false)
    {
        if (!tagged)
        {
            DrawCellLines(row, from, to, top);
            return;
        }

        var tags = _flow.Tags;
        using var tableRow = tags.Begin(PdfBlockLevelElementTag.TableRow);
        for (var i = 0; i < _columns.Count; i++)
        {
            using var cell = isHeader ? tags.BeginHeaderCell(HeaderScope.Column)
                : i == 0 && _options.FirstColumnHeadsRows ? tags.BeginHeaderCell(HeaderScope.Row)
                : tags.Begin(PdfBlockLevelElementTag.TableDataCell);
            DrawCellLines(row, from, to, top, i, i + 1);
        }
    }

    private void DrawCellLines(LaidRow row, int[] from, int[] to, double top) =>
        DrawCellLines(row, from, to, top, 0, _columns.Count);

    private void DrawCellLines(LaidRow row, int[] from, int[] to, double top, int firstColumn, int endColumn)
    {
        for (var i = firstColumn; i < endColumn; i++)
        {
            var y = top + _options.PaddingY + (from[i] == 0 ? row.Offsets[i] : 0);
            var lines = row.Cells[i];
            for (var l = from[i]; l < to[i]; l++)
            {
                var line = lines[l];
                var x = TextPainter.AlignedX(_columns[i].Align, _cellLeft[i], _innerWidth[i], line.Width);
                TextPainter.DrawLine(_flow.Graphics, line, x, y);
                y += line.Height;
            }
        }
    }

    private static int[] LineCounts(LaidRow row) => row.Cells.Select(c => c.Count).ToArray();

    private sealed record LaidRow(IReadOnlyList<TextLine>[] Cells, double[] Offsets, double Height, TableRowKind Kind);
}
