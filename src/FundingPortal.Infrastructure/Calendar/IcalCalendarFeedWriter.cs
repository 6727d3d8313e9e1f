using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calendar;
using FundingPortal.Domain.Common;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace FundingPortal.Infrastructure.Calendar;

/// <summary>
/// Writes deadlines in UTC ("20261019T160000Z"): every importer reads them exactly, with no VTIMEZONE to trust, and
/// shows them in the reader's own zone (19 October 18:00 in Paris).
/// </summary>
public sealed class IcalCalendarFeedWriter(TimeProvider clock) : ICalendarFeedWriter
{
    private static readonly TimeSpan DeadlineLength = TimeSpan.FromMinutes(30);

    public string Write(string calendarName, IReadOnlyList<CalendarEntry> entries)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//FundingPortal//Echeances//FR" };
        calendar.AddProperty("X-WR-CALNAME", calendarName);
        calendar.AddProperty("X-WR-TIMEZONE", LocalInstant.DefaultTimeZone);
        var stamp = new CalDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var entry in entries)
        {
            var start = new CalDateTime(entry.At.Utc.UtcDateTime);
            calendar.Events.Add(new CalendarEvent
            {
                Uid = entry.Uid,
                Summary = entry.Summary,
                Description = entry.Description,
                DtStart = start,
                DtEnd = new CalDateTime(entry.At.Utc.UtcDateTime + DeadlineLength),
                DtStamp = stamp,
                Transparency = TransparencyType.Transparent,
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }
}
