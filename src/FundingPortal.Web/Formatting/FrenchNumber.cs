using System.Globalization;
using FundingPortal.Application.Common.Formatting;

namespace FundingPortal.Web.Formatting;

/// <summary>Reads amounts as French people type them: "1 300 000,50", "1300000.50", "22,5 %", "450 000 €".</summary>
public static class FrenchNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = new string(text.Where(c => !char.IsWhiteSpace(c) && c is not ('€' or '%' or '\u202f' or '\u00a0')).ToArray())
            .Replace(',', '.');
        return decimal.TryParse(cleaned, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>An empty field means zero; anything else must be a number.</summary>
    public static bool TryParseOrZero(string? text, out decimal value)
    {
        value = 0;
        return string.IsNullOrWhiteSpace(text) || TryParse(text, out value);
    }

    /// <summary>The form to put back in an input, grouped as it is read: "450 000" or "1 250,5".</summary>
    public static string ForInput(decimal value) => value.ToString("#,##0.##", TextFormat.French.Culture);
}
