using System.Globalization;
using System.Text;

namespace FundingPortal.Domain.Reviews.Assignment;

/// <summary>Case-, accent- and separator-insensitive form of a keyword ("Éco-conception" → "eco conception").</summary>
public static class KeywordNormalizer
{
    public static string Normalize(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        var decomposed = keyword.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSeparator = false;
        foreach (var character in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(character) || character is '-' or '_' or '/')
            {
                pendingSeparator = builder.Length > 0;
                continue;
            }

            if (pendingSeparator)
            {
                builder.Append(' ');
                pendingSeparator = false;
            }

            AppendLower(builder, character);
        }

        return builder.ToString();
    }

    private static void AppendLower(StringBuilder builder, char character)
    {
        switch (char.ToLowerInvariant(character))
        {
            case 'œ': builder.Append("oe"); break;
            case 'æ': builder.Append("ae"); break;
            case '’': builder.Append('\''); break;
            case var lower: builder.Append(lower); break;
        }
    }
}
