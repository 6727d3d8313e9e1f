using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using PigDocument = UglyToad.PdfPig.PdfDocument;

namespace FundingPortal.Documents.Tests;

/// <summary>Reads rendered PDFs back with PdfPig; whitespace is normalised (PdfPig reads U+00A0 as a space).</summary>
internal static partial class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return document.GetPages().Select(PageText).ToArray();
    }

    public static string All(byte[] pdf) => string.Join(" ", Pages(pdf));

    public static int PageCount(byte[] pdf)
    {
        using var document = PigDocument.Open(pdf);
        return document.NumberOfPages;
    }

    /// <summary>
    /// Letters in drawing order, with a space wherever one drawn string ends and another begins: wrapped lines
    /// of one table cell stay together, which a geometric word extractor would interleave with other cells.
    /// </summary>
    public static string PageText(Page page)
    {
        var text = new StringBuilder();
        Letter? previous = null;
        foreach (var letter in page.Letters)
        {
            if (previous is not null && !Continues(previous, letter))
                text.Append(' ');
            text.Append(letter.Value);
            previous = letter;
        }

        return Normalize(text.ToString());
    }

    private static bool Continues(Letter previous, Letter next) =>
        Math.Abs(previous.StartBaseLine.Y - next.StartBaseLine.Y) < 0.1 &&
        Math.Abs(previous.EndBaseLine.X - next.StartBaseLine.X) < 0.5;

    public static string Normalize(string text) =>
        Whitespace().Replace(text.Replace('\u00A0', ' ').Replace('\u202F', ' '), " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
