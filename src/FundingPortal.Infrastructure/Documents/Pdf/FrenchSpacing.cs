namespace FundingPortal.Infrastructure.Documents.Pdf;

internal static class FrenchSpacing
{
    /// <summary>French typography never separates « », :, ;, ! and ? from the word they follow or precede.</summary>
    public static bool IsNoBreakSpace(string text, int index) =>
        (index + 1 < text.Length && text[index + 1] is ':' or ';' or '!' or '?' or '»') ||
        (index > 0 && text[index - 1] == '«');
}
