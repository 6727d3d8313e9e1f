using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calendar;

namespace FundingPortal.Api.Endpoints;

public static class CalendarEndpoints
{
    public const string CalendarName = "Échéances — portail des appels à projets";

    /// <summary>The caller's deadlines as iCalendar; calendar applications pass the token as ?access_token= (see AuthSetup).</summary>
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/calendar.ics", async (HttpContext http, MyCalendar calendar, ICalendarFeedWriter writer, CancellationToken ct) =>
            {
                var ics = writer.Write(CalendarName, await calendar.Handle(ct));
                http.Response.Headers.CacheControl = "private, no-store";
                return TypedResults.Text(ics, "text/calendar; charset=utf-8");
            })
            .RequireAuthorization()
            .WithTags("Notifications");
}
