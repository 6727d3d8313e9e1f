namespace FundingPortal.Domain.Common;

/// <summary>
/// The span of time the portal deals in: instants and local times from 1 January 2000 to 31 December 2100 (UTC)
/// — anything else is a typing error, and years 1 or 9999 overflow time-zone arithmetic. Calendar dates (an expert's
/// affiliation that began in 1995) go back to 1900.
/// </summary>
public static class TimeBounds
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset End = new(2101, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);
    public static readonly DateOnly LatestDate = new(2100, 12, 31);

    public static bool Contains(DateTimeOffset instant) => instant >= Earliest && instant < End;

    /// <summary>A local wall-clock time whose year alone puts it out of range, checked before any zone conversion.</summary>
    public static bool Contains(DateTime local) => local.Year is >= 2000 and <= 2100;

    public static bool Contains(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public const string Code = "time_out_of_range";

    public const string InstantMessage = "Times must fall between the years 2000 and 2100.";

    public const string DateMessage = "Dates must fall between the years 1900 and 2100.";
}
