using System.Globalization;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common.Formatting.English;

/// <summary>
/// British English with fixed separators, independent of ICU like the French format: €1,234,567.50,
/// 19 October 2027, 6:00 pm. Instants are Paris time; the surfaces say so ("(Paris time)").
/// </summary>
internal sealed class EnglishFormat : TextFormat
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    private static readonly NumberFormatInfo NumberFormat = new()
    {
        NumberDecimalSeparator = ".",
        NumberGroupSeparator = ",",
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    private static readonly string[] Weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    protected override NumberFormatInfo Numbers => NumberFormat;

    public override CultureInfo Culture => EnglishCulture;

    public override string Money(decimal amount) => amount < 0 ? "-€" + Amount(-amount) : "€" + Amount(amount);

    public override string Plain(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public override string Score(decimal? score) => score is { } s ? Trimmed(s, 2) : "—";

    public override string Percent(decimal percent, int decimals = 1) => Number(percent, decimals) + "%";

    public override string PercentOfFraction(decimal fraction, int maxDecimals = 1) => Trimmed(fraction * 100, maxDecimals) + "%";

    public override string Date(DateTimeOffset instant) => LongDate(ParisTime.ToLocal(instant));

    public override string DateAndTime(DateTimeOffset instant)
    {
        var local = ParisTime.ToLocal(instant);
        return $"{LongDate(local)}, {Clock(local)}";
    }

    public override string DateAndTimeTwoDigitHour(DateTimeOffset instant) => DateAndTime(instant);

    public override string DateAndTimeWithSeconds(DateTimeOffset instant)
    {
        var local = ParisTime.ToLocal(instant);
        return $"{LongDate(local)}, {Hour12(local.Hour)}:{Two(local.Minute)}:{Two(local.Second)} {AmPm(local.Hour)}";
    }

    public override string DateTimeWithWeekday(DateTimeOffset instant, string timeZone = LocalInstant.DefaultTimeZone)
    {
        var local = ParisTime.ToLocal(instant, timeZone);
        return $"{Weekdays[(int)local.DayOfWeek]} {LongDate(local)}, {Clock(local)}";
    }

    public override string Remaining(TimeSpan left, RemainingStyle style) => style == RemainingStyle.Rounded ? Rounded(left) : Detailed(left);

    public override string FileSize(long bytes) => bytes switch
    {
        < 1024 => $"{bytes.ToString(CultureInfo.InvariantCulture)} bytes",
        < 1024 * 1024 => $"{Trimmed(bytes / 1024m, 1)} KB",
        _ => $"{Trimmed(bytes / (1024m * 1024m), 1)} MB",
    };

    public override string FileSizeShort(long bytes) => bytes switch
    {
        < 1024 => $"{Integer(bytes)} B",
        < 1024 * 1024 => $"{Number(bytes / 1024m, 0)} KB",
        _ => $"{Number(bytes / (1024m * 1024m), 1)} MB",
    };

    public override string Siren(string siren) =>
        siren.Length == 9 && siren.All(char.IsAsciiDigit) ? $"{siren[..3]} {siren[3..6]} {siren[6..]}" : siren;

    public override string Quoted(string text) => $"“{text}”";

    private static string Rounded(TimeSpan span)
    {
        if (span >= TimeSpan.FromDays(1))
        {
            return Count((int)Math.Round(span.TotalDays, MidpointRounding.AwayFromZero), "day", "days");
        }

        if (span >= TimeSpan.FromHours(1))
        {
            return Count((int)Math.Round(span.TotalHours, MidpointRounding.AwayFromZero), "hour", "hours");
        }

        return Count(Math.Max(1, (int)Math.Ceiling(span.TotalMinutes)), "minute", "minutes");
    }

    private static string Detailed(TimeSpan left)
    {
        if (left <= TimeSpan.Zero)
        {
            return "over";
        }

        if (left.TotalDays >= 1)
        {
            return $"{Count((int)left.TotalDays, "day", "days")} and {Count(left.Hours, "hour", "hours")}";
        }

        if (left.TotalHours >= 1)
        {
            return $"{Count(left.Hours, "hour", "hours")} and {Count(left.Minutes, "minute", "minutes")}";
        }

        return left.TotalMinutes >= 1 ? Count(left.Minutes, "minute", "minutes") : "less than a minute";
    }

    /// <summary>English plural: only 1 takes the singular ("0 hours", "1 day").</summary>
    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string Trimmed(decimal value, int maxDecimals) =>
        Math.Round(value, maxDecimals, MidpointRounding.AwayFromZero)
            .ToString(maxDecimals == 0 ? "0" : "0." + new string('#', maxDecimals), CultureInfo.InvariantCulture);

    private static string LongDate(DateTime local) =>
        $"{local.Day.ToString(CultureInfo.InvariantCulture)} {Months[local.Month - 1]} {local.Year.ToString(CultureInfo.InvariantCulture)}";

    private static string Clock(DateTime local) => $"{Hour12(local.Hour)}:{Two(local.Minute)} {AmPm(local.Hour)}";

    private static string Hour12(int hour) => (hour % 12 == 0 ? 12 : hour % 12).ToString(CultureInfo.InvariantCulture);

    private static string AmPm(int hour) => hour < 12 ? "am" : "pm";

    private static string Two(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
