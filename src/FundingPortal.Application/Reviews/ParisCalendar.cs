namespace FundingPortal.Application.Reviews;

public static class ParisCalendar
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The cluster's calendar day: affiliations "within 3 years" are counted in Paris days.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(LocalNow(clock.GetUtcNow()));

    public static DateTime LocalNow(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Paris).DateTime;
}
