namespace FundingPortal.Domain.Common;

/// <summary>
/// A wall-clock time in a named IANA zone, kept together with the exact instant it designates,
/// so that "19 October 18:00 Europe/Paris" stays exact across DST changes.
/// </summary>
public sealed record LocalInstant
{
    public const string DefaultTimeZone = "Europe/Paris";

    private LocalInstant()
    {
        TimeZone = DefaultTimeZone;
    }

    private LocalInstant(DateTime localDateTime, string timeZone, DateTimeOffset utc)
    {
        LocalDateTime = localDateTime;
        TimeZone = timeZone;
        Utc = utc;
    }

    public DateTime LocalDateTime { get; private init; }
    public string TimeZone { get; private init; }
    public DateTimeOffset Utc { get; private init; }

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];

    /// <summary>
    /// Reads a wall-clock time as typed ("2027-10-19T18:00:00"): it names no offset, since the zone does. A 'Z' or an
    /// offset would designate another instant than the one the zone gives, so it is refused rather than converted.
    /// </summary>
    public static Result<LocalInstant> Parse(string? localDateTime, string? timeZone)
    {
        var text = localDateTime?.Trim() ?? string.Empty;
        if (text.EndsWith('Z') || text.EndsWith('z') || HasOffset(text))
        {
            return Error.Validation("invalid_local_time",
                $"'{text}' carries a UTC offset; a local time is written without one (\"2027-10-19T18:00:00\") and its zone goes in timeZone.");
        }

        if (!DateTime.TryParseExact(text, LocalFormats, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local))
        {
            return Error.Validation("invalid_local_time", $"'{text}' is not a local date and time like \"2027-10-19T18:00:00\".");
        }

        return Create(local, timeZone);
    }

    public static Result<LocalInstant> Create(DateTime localDateTime, string? timeZone)
    {
        var zoneId = string.IsNullOrWhiteSpace(timeZone) ? DefaultTimeZone : timeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) || !zone.HasIanaId)
        {
            return Error.Validation("unknown_time_zone", $"'{zoneId}' is not a known IANA time zone.");
        }

        var local = DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified);
        if (!TimeBounds.Contains(local))
        {
            return Error.Validation(TimeBounds.Code, TimeBounds.InstantMessage);
        }

        if (zone.IsInvalidTime(local))
        {
            return Error.Validation("nonexistent_local_time", $"{local:yyyy-MM-dd HH:mm} does not exist in {zoneId} (daylight saving gap).");
        }

        // An ambiguous time (clocks going back) means its first occurrence, the earlier instant: the one that comes
        // first on every clock in the zone, so a deadline at 02:30 on the night of the change is never extended by an hour.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var utc = new DateTimeOffset(local, offset).ToUniversalTime();
        return TimeBounds.Contains(utc) ? new LocalInstant(local, zoneId, utc) : Error.Validation(TimeBounds.Code, TimeBounds.InstantMessage);
    }

    // "…T18:00:00+02:00", "…T18:00:00-0500": a sign after the time part.
    private static bool HasOffset(string text)
    {
        var time = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        return time > 0 && text.IndexOfAny(['+', '-'], time) > 0;
    }

    /// <summary>Rebuilds a stored value without re-validating it.</summary>
    public static LocalInstant Restore(DateTime localDateTime, string timeZone, DateTimeOffset utc) =>
        new(DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified), timeZone, utc.ToUniversalTime());

    public bool IsReachedAt(DateTimeOffset now) => now >= Utc;
}
