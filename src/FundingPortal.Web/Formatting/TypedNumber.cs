using System.Globalization;
using System.Text.RegularExpressions;
using FundingPortal.Application.Common.Formatting;
using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Formatting;

/// <summary>
/// Reads amounts as people type them in the page's language: "1 300 000,50", "1300000.50", "22,5 %", "450 000 €" in
/// French; in English also "1,300,000.50" and "450,000" (commas that group thousands).
/// </summary>
public static partial class TypedNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('€' or '%' or '\u202f' or '\u00a0')).ToArray());
        cleaned = Languages.Current == Languages.English && (cleaned.Contains('.', StringComparison.Ordinal) || EnglishGroups().IsMatch(cleaned))
            ? cleaned.Replace(",", string.Empty, StringComparison.Ordinal)
            : cleaned.Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An empty field means zero; anything else must be a number.</summary>
    public static bool TryParseOrZero(string? text, out decimal value)
    {
        value = 0;
        return string.IsNullOrWhiteSpace(text) || TryParse(text, out value);
    }

    /// <summary>The form to put back in an input, grouped as it is read: "450 000" or "1 250,5" (English: "450,000", "1,250.5").</summary>
    public static string ForInput(decimal value) => value.ToString("#,##0.##", RequestText.Format.Culture);

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+$")]
    private static partial Regex EnglishGroups();
}
