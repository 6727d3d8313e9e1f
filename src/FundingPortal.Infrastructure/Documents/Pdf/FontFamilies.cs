namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class FontFamilies
{
    public const string Sans = "DejaVu Sans";
    public const string Mono = "DejaVu Sans Mono";
}
