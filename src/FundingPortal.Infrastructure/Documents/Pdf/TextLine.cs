namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>One laid-out line: segments of one style each, positioned from the line's left edge.</summary>
internal sealed class TextLine
{
    public TextLine(LineSegment[] segments, double width)
    {
        Segments = segments;
        Width = width;
        foreach (var segment in segments)
        {
            Height = Math.Max(Height, segment.Style.LineHeight);
            Baseline = Math.Max(Baseline, segment.Style.Baseline);
        }
    }

    public IReadOnlyList<LineSegment> Segments { get; }
    public double Width { get; }
    public double Height { get; }

    /// <summary>Distance from the top of the line box to the baseline.</summary>
    public double Baseline { get; }
}

internal readonly record struct LineSegment(string Text, TextStyle Style, double X, double Width);
