namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// A4 portrait in points. The running header and footer live in bands just inside the margins;
/// the body flows between them.
/// </summary>
public sealed record PageGeometry
{
    private const double PointsPerMillimetre = 72 / 25.4;

    public static PageGeometry A4 { get; } = new();

    public double Width { get; init; } = 210 * PointsPerMillimetre;
    public double Height { get; init; } = 297 * PointsPerMillimetre;
    public double MarginLeft { get; init; } = 20 * PointsPerMillimetre;
    public double MarginRight { get; init; } = 20 * PointsPerMillimetre;
    public double MarginTop { get; init; } = 12 * PointsPerMillimetre;
    public double MarginBottom { get; init; } = 12 * PointsPerMillimetre;
    public double HeaderBand { get; init; } = 28;
    public double FooterBand { get; init; } = 24;

    public double BodyLeft => MarginLeft;
    public double BodyRight => Width - MarginRight;
    public double BodyWidth => BodyRight - BodyLeft;
    public double BodyTop => MarginTop + HeaderBand;
    public double BodyBottom => Height - MarginBottom - FooterBand;
    public double BodyHeight => BodyBottom - BodyTop;
}
