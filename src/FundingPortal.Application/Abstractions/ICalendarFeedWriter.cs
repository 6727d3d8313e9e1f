using FundingPortal.Application.Calendar;

namespace FundingPortal.Application.Abstractions;

/// <summary>Renders deadlines as an iCalendar (RFC 5545) document.</summary>
public interface ICalendarFeedWriter
{
    string Write(string calendarName, IReadOnlyList<CalendarEntry> entries);
}
