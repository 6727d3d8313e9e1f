namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// Splits the body width by column weights, then widens no-wrap columns (amounts) to their longest line,
/// taking the room from the other columns in proportion to what they can spare.
/// </summary>
internal static class ColumnWidths
{
    private const double MinimumWrapWidth = 40;
    private const double MinimumWrapShare = 0.6;

    public static double[] Compute(IReadOnlyList<TableColumn> columns, IReadOnlyList<double> required, double totalWidth)
    {
        var totalWeight = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => totalWidth * c.Weight / totalWeight).ToArray();

        double deficit = 0;
        var spare = new double[widths.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            if (columns[i].KeepsLinesWhole)
            {
                var missing = required[i] - widths[i];
                if (missing > 0)
                    deficit += missing;
                else
                    spare[i] = -missing;
            }
            else
            {
                var keep = Math.Min(widths[i], Math.Max(MinimumWrapWidth, widths[i] * MinimumWrapShare));
                spare[i] = widths[i] - keep;
            }
        }

        var totalSpare = spare.Sum();
        if (deficit <= 0 || totalSpare <= 0)
            return widths;

        var taken = Math.Min(deficit, totalSpare);
        for (var i = 0; i < widths.Length; i++)
        {
            if (columns[i].KeepsLinesWhole && required[i] > widths[i])
                widths[i] += (required[i] - widths[i]) * taken / deficit;
            else
                widths[i] -= spare[i] * taken / totalSpare;
        }

        return widths;
    }
}
