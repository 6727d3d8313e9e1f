using System.Globalization;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Common;

/// <summary>Dates and durations as French readers expect them, in the time zone of the deadline.</summary>
public static class FrenchFormat
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string DateTime(DateTimeOffset instant, string timeZone = LocalInstant.DefaultTimeZone)
    {
        var local = TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone));
        return local.ToString("dddd d MMMM yyyy 'à' HH'h'mm", French);
    }

    public static string DateTime(LocalInstant instant) => DateTime(instant.Utc, instant.TimeZone);

    public static string Remaining(TimeSpan span)
    {
        if (span >= TimeSpan.FromDays(1))
        {
            var days = (int)Math.Round(span.TotalDays, MidpointRounding.AwayFromZero);
            return days == 1 ? "1 jour" : $"{days} jours";
        }

        if (span >= TimeSpan.FromHours(1))
        {
            var hours = (int)Math.Round(span.TotalHours, MidpointRounding.AwayFromZero);
            return hours == 1 ? "1 heure" : $"{hours} heures";
        }

        var minutes = Math.Max(1, (int)Math.Ceiling(span.TotalMinutes));
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }

    /// <summary>1 300 000,00 € (no-break spaces).</summary>
    public static string Euros(decimal amount) =>
        amount.ToString("C2", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', '\u00A0');
}
