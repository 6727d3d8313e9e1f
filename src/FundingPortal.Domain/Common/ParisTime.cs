namespace FundingPortal.Domain.Common;

/// <summary>
/// The cluster's clock face: deadlines default to Paris time (<see cref="LocalInstant.DefaultTimeZone"/>), documents and
/// pages show instants in it, and "within 3 years" counts Paris calendar days. The one place that looks the zone up.
/// </summary>
public static class ParisTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(LocalInstant.DefaultTimeZone);

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The wall-clock time of an instant in any IANA zone (a deadline's own zone); Paris when it is the default.</summary>
    public static DateTime ToLocal(DateTimeOffset instant, string timeZone) =>
        timeZone == LocalInstant.DefaultTimeZone ? ToLocal(instant) : TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(timeZone)).DateTime;

    /// <summary>The Paris calendar day at an instant.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now));

    public static TimeSpan Offset(DateTimeOffset instant) => Zone.GetUtcOffset(instant);
}
