using System.Globalization;
using FundingPortal.Application.Common.Formatting.English;
using FundingPortal.Application.Common.Formatting.French;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Formatting;

/// <summary>
/// Numbers, amounts, dates, durations and sizes written for people, in one language. The language is an input: the web
/// UI takes the request's culture (<see cref="For"/>), documents and messages name the language they are written in.
/// French and English; a further language adds one subclass and one line in <see cref="For"/>.
/// Instants are shown in Paris time (<see cref="ParisTime"/>). Named variants keep what each surface prints today.
/// </summary>
public abstract class TextFormat
{
    public const char NoBreakSpace = '\u00A0';

    public static TextFormat French { get; } = new FrenchFormat();

    public static TextFormat English { get; } = new EnglishFormat();

    /// <summary>The format of a culture's language; French for any language other than English.</summary>
    public static TextFormat For(CultureInfo culture) => For(culture.TwoLetterISOLanguageName);

    /// <summary>The format of a language code ("fr", "en"); French for any other.</summary>
    public static TextFormat For(string language) => language == "en" ? English : French;

    /// <summary>The culture for what this class does not format itself: sorting names, input fields.</summary>
    public abstract CultureInfo Culture { get; }

    /// <summary>1 234 567,50 € (an amount with its currency).</summary>
    public abstract string Money(decimal amount);

    /// <summary><see cref="Money(decimal)"/>, or a dash when there is no amount.</summary>
    public string Money(decimal? amount) => amount is { } a ? Money(a) : "—";

    /// <summary>1 234 567,50 (for tables whose caption gives the currency).</summary>
    public string Amount(decimal amount) => amount.ToString("N2", Numbers);

    public string Integer(long value) => value.ToString("N0", Numbers);

    /// <summary>3,75: rounded half away from zero, trailing zeros kept to <paramref name="decimals"/>.</summary>
    public string Number(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("N" + decimals, Numbers);

    /// <summary>The language's decimal and group separators (ICU-independent, so the same on every machine).</summary>
    protected abstract NumberFormatInfo Numbers { get; }

    /// <summary>2,5: the value as entered (its own scale), without grouping.</summary>
    public abstract string Plain(decimal value);

    /// <summary>A score on a grid's scale: 3,5 (at most two decimals), or a dash.</summary>
    public abstract string Score(decimal? score);

    /// <summary>22,5 % from a value already in percent, trailing zeros kept to <paramref name="decimals"/>.</summary>
    public abstract string Percent(decimal percent, int decimals = 1);

    /// <summary>45,5 % from a fraction (0.455), at most <paramref name="maxDecimals"/> decimals.</summary>
    public abstract string PercentOfFraction(decimal fraction, int maxDecimals = 1);

    /// <summary>1er octobre 2027: the Paris calendar day.</summary>
    public abstract string Date(DateTimeOffset instant);

    /// <summary>19 octobre 2027 à 9 h 05, Paris time (the web pages).</summary>
    public abstract string DateAndTime(DateTimeOffset instant);

    /// <summary>19 octobre 2027 à 09 h 05, Paris time (the documents).</summary>
    public abstract string DateAndTimeTwoDigitHour(DateTimeOffset instant);

    /// <summary>19 octobre 2027 à 17 h 59 min 59 s, Paris time (receipts).</summary>
    public abstract string DateAndTimeWithSeconds(DateTimeOffset instant);

    /// <summary>lundi 19 octobre 2026 à 18 h 00, in the deadline's own zone (notifications, e-mails, calendar entries).</summary>
    public abstract string DateTimeWithWeekday(DateTimeOffset instant, string timeZone = LocalInstant.DefaultTimeZone);

    public string DateTimeWithWeekday(LocalInstant instant) => DateTimeWithWeekday(instant.Utc, instant.TimeZone);

    /// <summary>Time left: "7 jours" (<see cref="RemainingStyle.Rounded"/>) or "12 jours et 4 heures" (<see cref="RemainingStyle.Detailed"/>).</summary>
    public abstract string Remaining(TimeSpan left, RemainingStyle style);

    /// <summary>512 octets, 793,4 Ko, 2,4 Mo (the web pages).</summary>
    public abstract string FileSize(long bytes);

    /// <summary>512 o, 793 Ko, 2,4 Mo (document tables).</summary>
    public abstract string FileSizeShort(long bytes);

    /// <summary>UTC+2, UTC-3:30.</summary>
    public string UtcOffset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var abs = offset.Duration();
        var hours = abs.Hours.ToString(CultureInfo.InvariantCulture);
        return abs.Minutes == 0 ? $"UTC{sign}{hours}" : $"UTC{sign}{hours}:{abs.Minutes.ToString("00", CultureInfo.InvariantCulture)}";
    }

    /// <summary>123 456 789: a SIREN in groups of three (anything else unchanged).</summary>
    public abstract string Siren(string siren);

    /// <summary>« text », with the language's quotation marks.</summary>
    public abstract string Quoted(string text);

    /// <summary>2027-10-19T15:59:59.123Z, for machines and receipts: the same in every language.</summary>
    public static string UtcIso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>2027-10-19T16:00:00Z, for scripts (the countdown): the same in every language.</summary>
    public static string UtcIsoSeconds(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Share of <paramref name="part"/> in <paramref name="whole"/>, in percent (0 when the whole is 0).</summary>
    public static decimal Share(decimal part, decimal whole) => whole == 0m ? 0m : part * 100m / whole;
}
