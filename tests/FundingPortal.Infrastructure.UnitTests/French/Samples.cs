namespace FundingPortal.Infrastructure.UnitTests.French;

/// <summary>Fixed instants for the formatting tests: Paris summer and winter time, the first of a month, a year boundary.</summary>
internal static class Samples
{
    /// <summary>Tuesday 19 October 2027, 18:00 in Paris (UTC+2).</summary>
    public static readonly DateTimeOffset Summer = new(2027, 10, 19, 16, 0, 0, TimeSpan.Zero);

    /// <summary>Wednesday 1 December 2027, 09:05:07 in Paris (UTC+1).</summary>
    public static readonly DateTimeOffset FirstOfWinterMonth = new(2027, 12, 1, 8, 5, 7, 250, TimeSpan.Zero);

    /// <summary>Saturday 1 January 2028, 00:30 in Paris, still 2027 in UTC.</summary>
    public static readonly DateTimeOffset NewYearInParis = new(2027, 12, 31, 23, 30, 0, TimeSpan.Zero);

    public static decimal Dec(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
