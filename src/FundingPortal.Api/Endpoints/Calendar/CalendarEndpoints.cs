using Microsoft.AspNetCore.Http.HttpResults;
using FundingPortal.Api.Http;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Calendar;
using FundingPortal.Application.Calendar.GetCalendarFeedUrl;
using FundingPortal.Application.Calendar.GetMyCalendar;
using FundingPortal.Application.Calendar.ReadCalendarFeed;
using FundingPortal.Application.Calendar.RotateCalendarFeedUrl;

namespace FundingPortal.Api.Endpoints.Calendar;

public static class CalendarEndpoints
{
    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        // Kept for compatibility: calendar applications pass a 1-hour bearer token as ?access_token= (see AuthSetup).
        app.MapGet("/api/me/calendar.ics", async (HttpContext http, GetMyCalendar calendar, ICalendarFeedWriter writer, CancellationToken ct) =>
                Ics(http, writer, await calendar.Handle(ct)))
            .RequireAuthorization()
            .WithTags("Notifications")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");

        var feed = app.MapGroup("/api/me/calendar-feed").RequireAuthorization().WithTags("Notifications");
        feed.MapGet("/", async (GetCalendarFeedUrl handler, CancellationToken ct) => (await handler.Handle(ct)).ToResult());
        feed.MapPost("/rotate", async (RotateCalendarFeedUrl handler, CancellationToken ct) => (await handler.Handle(ct)).ToResult());

        // The private subscription URL: the secret in the path is the only credential, so calendar apps need no header.
        app.MapGet("/api/calendar/{feedToken}.ics", async (string feedToken, HttpContext http, ReadCalendarFeed feeds, ICalendarFeedWriter writer, CancellationToken ct) =>
                (await feeds.Handle(feedToken, ct)).ToResult(calendar => Ics(http, writer, calendar)))
            .AllowAnonymous()
            .WithTags("Notifications")
            .Produces<string>(StatusCodes.Status200OK, "text/calendar");
    }

    private static ContentHttpResult Ics(HttpContext http, ICalendarFeedWriter writer, OwnerCalendar calendar)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentLanguage = calendar.Language;
        return TypedResults.Text(writer.Write(calendar.Name, calendar.Entries), "text/calendar; charset=utf-8");
    }
}
