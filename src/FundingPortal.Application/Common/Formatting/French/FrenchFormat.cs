using System.Globalization;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Formatting.French;

/// <summary>
/// French with fixed separators, independent of the machine's ICU data (ICU versions disagree on U+202F vs U+00A0),
/// so that a document renders to the same bytes everywhere: U+00A0 groups thousands and ties units to their numbers.
/// </summary>
internal sealed class FrenchFormat : TextFormat
{
    private const char Nb = NoBreakSpace;

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly NumberFormatInfo NumberFormat = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = Nb.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly string[] Months =
    [
        "janvier", "février", "mars", "avril", "mai", "juin",
        "juillet", "août", "septembre", "octobre", "novembre", "décembre",
    ];

    private static readonly string[] Weekdays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    protected override NumberFormatInfo Numbers => NumberFormat;

    public override CultureInfo Culture => FrenchCulture;

    public override string Money(decimal amount) => Amount(amount) + Nb + "€";

    public override string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    public override string Score(decimal? score) => score is { } s ? Trimmed(s, 2) : "—";

    public override string Percent(decimal percent, int decimals = 1) => Number(percent, decimals) + Nb + "%";

    public override string PercentOfFraction(decimal fraction, int maxDecimals = 1) => Trimmed(fraction * 100, maxDecimals) + Nb + "%";

    public override string Date(DateTimeOffset instant) => LongDate(ParisTime.ToLocal(instant));

    public override string DateAndTime(DateTimeOffset instant)
    {
        var local = ParisTime.ToLocal(instant);
        return $"{LongDate(local)} à {local.Hour.ToString(CultureInfo.InvariantCulture)}{Nb}h{Nb}{Two(local.Minute)}";
    }

    public override string DateAndTimeTwoDigitHour(DateTimeOffset instant)
    {
        var local = ParisTime.ToLocal(instant);
        return $"{LongDate(local)} à {Two(local.Hour)}{Nb}h{Nb}{Two(local.Minute)}";
    }

    public override string DateAndTimeWithSeconds(DateTimeOffset instant) =>
        $"{DateAndTimeTwoDigitHour(instant)}{Nb}min{Nb}{Two(ParisTime.ToLocal(instant).Second)}{Nb}s";

    public override string DateTimeWithWeekday(DateTimeOffset instant, string timeZone = LocalInstant.DefaultTimeZone)
    {
        var local = ParisTime.ToLocal(instant, timeZone);
        var day = local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
        return $"{Weekdays[(int)local.DayOfWeek]} {day} {Months[local.Month - 1]} " +
               $"{local.Year.ToString(CultureInfo.InvariantCulture)} à {local.Hour.ToString(CultureInfo.InvariantCulture)}{Nb}h{Nb}{Two(local.Minute)}";
    }

    public override string Remaining(TimeSpan left, RemainingStyle style) => style == RemainingStyle.Rounded ? Rounded(left) : Detailed(left);

    public override string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} octets",
        < 1024 * 1024 => $"{Trimmed(bytes / 1024m, 1)} Ko",
        _ => $"{Trimmed(bytes / (1024m * 1024m), 1)} Mo",
    };

    public override string FileSizeShort(long bytes) => bytes switch
    {
        < 1024 => $"{Integer(bytes)}{Nb}o",
        < 1024 * 1024 => $"{Number(bytes / 1024m, 0)}{Nb}Ko",
        _ => $"{Number(bytes / (1024m * 1024m), 1)}{Nb}Mo",
    };

    public override string Siren(string siren) =>
        siren.Length == 9 && siren.All(char.IsAsciiDigit) ? $"{siren[..3]}{Nb}{siren[3..6]}{Nb}{siren[6..]}" : siren;

    public override string Quoted(string text) => $"«{Nb}{text}{Nb}»";

    private static string Rounded(TimeSpan span)
    {
        if (span >= TimeSpan.FromDays(1))
        {
            return Count((int)Math.Round(span.TotalDays, MidpointRounding.AwayFromZero), "jour", "jours");
        }

        if (span >= TimeSpan.FromHours(1))
        {
            return Count((int)Math.Round(span.TotalHours, MidpointRounding.AwayFromZero), "heure", "heures");
        }

        return Count(Math.Max(1, (int)Math.Ceiling(span.TotalMinutes)), "minute", "minutes");
    }

    private static string Detailed(TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return "terminé";
        }

        if (left.TotalDays >= 1)
        {
            return $"{Count((int)left.TotalDays, "jour", "jours")} et {Count(left.Hours, "heure", "heures")}";
        }

        if (left.TotalHours >= 1)
        {
            return $"{Count(left.Hours, "heure", "heures")} et {Count(left.Minutes, "minute", "minutes")}";
        }

        return left.TotalMinutes >= 1 ? Count(left.Minutes, "minute", "minutes") : "moins d'une minute";
    }

    /// <summary>French plural: 0 and 1 take the singular ("0 heure", "1 jour").</summary>
    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n > 1 ? many : one)}";

    /// <summary>Rounded half away from zero, without trailing zeros nor grouping: 45,5 / 45.</summary>
    private static string Trimmed(decimal value, int maxDecimals) =>
        Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero)
            .ToString(maxDecimals == 0 ? "0" : "0." + new string('#', maxDecimals), CultureInfo.InvariantCulture).Replace('.', ',');

    private static string LongDate(DateTime local)
    {
        var day = local.Day == 1 ? "1er" : local.Day.ToString(CultureInfo.InvariantCulture);
        return $"{day}{Nb}{Months[local.Month - 1]}{Nb}{local.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
