using System.Globalization;

namespace FundingPortal.Infrastructure.Documents.Pdf;

/// <summary>
/// French number and date formatting with fixed separators, independent of the machine's ICU data
/// (ICU versions disagree on U+202F vs U+00A0), so that the same model gives the same bytes everywhere.
/// </summary>
public static class FrenchFormat
{
    public const char NoBreakSpace = '\u00A0';

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = NoBreakSpace.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>1 234 567,50 €</summary>
    public static string Money(decimal amount) => Amount(amount) + NoBreakSpace + "€";

    /// <summary>1 234 567,50 (for tables whose caption says "en euros")</summary>
    public static string Amount(decimal amount) => amount.ToString("N2", Numbers);

    public static string Integer(long value) => value.ToString("N0", Numbers);

    /// <summary>22,5 %</summary>
    public static string Percent(decimal value, int decimals = 1) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Numbers) + NoBreakSpace + "%";

    /// <summary>3,75 (trailing zeros kept to <paramref name="decimals"/>)</summary>
    public static string Number(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Numbers);

    /// <summary>Share of <paramref name="part"/> in <paramref name="whole"/>, in percent.</summary>
    public static decimal Share(decimal part, decimal whole) => whole == 0m ? 0m : part * 100m / whole;

    public static DateTime ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).DateTime;

    public static TimeSpan ParisOffset(DateTimeOffset instant) => Paris.GetUtcOffset(instant);

    /// <summary>1er octobre 2027</summary>
    public static string Date(DateTimeOffset instant) => LongDate(ToParis(instant));

    /// <summary>19 octobre 2027 à 18 h 00</summary>
    public static string DateAndTime(DateTimeOffset instant)
    {
        var local = ToParis(instant);
        return $"{LongDate(local)} à {Two(local.Hour)}{NoBreakSpace}h{NoBreakSpace}{Two(local.Minute)}";
    }

    /// <summary>19 octobre 2027 à 17 h 59 min 59 s</summary>
    public static string DateAndTimeWithSeconds(DateTimeOffset instant)
    {
        var local = ToParis(instant);
        return $"{LongDate(local)} à {Two(local.Hour)}{NoBreakSpace}h{NoBreakSpace}{Two(local.Minute)}" +
               $"{NoBreakSpace}min{NoBreakSpace}{Two(local.Second)}{NoBreakSpace}s";
    }

    /// <summary>2027-10-19T15:59:59.123Z</summary>
    public static string UtcIso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>UTC+2</summary>
    public static string UtcOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        return abs.Minutes == 0
            ? $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}"
            : $"UTC{sign}{abs.Hours.ToString(CultureInfo.InvariantCulture)}:{Two(abs.Minutes)}";
    }

    /// <summary>245 Ko, 3,4 Mo</summary>
    public static string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{Integer(bytes)}{NoBreakSpace}o",
        < 1024 * 1024 => $"{Number(bytes / 1024m, 0)}{NoBreakSpace}Ko",
        _ => $"{Number(bytes / (1024m * 1024m), 1)}{NoBreakSpace}Mo",
    };

    private static string LongDate(DateTime local)
    {
        var day = local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
        return $"{day}{NoBreakSpace}{Months[local.Month - 1]}{NoBreakSpace}{local.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
