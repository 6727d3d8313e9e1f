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

    public static Result<LocalInstant> Create(DateTime localDateTime, string? timeZone)
    {
        var zoneId = string.IsNullOrWhiteSpace(timeZone) ? DefaultTimeZone : timeZone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var zone) || !zone.HasIanaId)
        {
            return Error.Validation("unknown_time_zone", $"'{zoneId}' is not a known IANA time zone.");
        }

        var local = DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return Error.Validation("nonexistent_local_time", $"{local:yyyy-MM-dd HH:mm} does not exist in {zoneId} (daylight saving gap).");
        }

        // An ambiguous hour (clocks going back) resolves to the first occurrence, the earlier instant.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        var utc = new DateTimeOffset(local, offset).ToUniversalTime();
        return new LocalInstant(local, zoneId, utc);
    }

    /// <summary>Rebuilds a stored value without re-validating it.</summary>
    public static LocalInstant Restore(DateTime localDateTime, string timeZone, DateTimeOffset utc) =>
        new(DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified), timeZone, utc.ToUniversalTime());

    public bool IsReachedAt(DateTimeOffset now) => now >= Utc;
}
