using System.Net;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using Ical.Net.CalendarComponents;

namespace FundingPortal.Api.IntegrationTests.Notifications;

[Collection(Collections.CoFunding)]
public sealed class CalendarTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task An_importer_reads_19_October_18h_Paris_as_16h_UTC_with_the_token_in_the_query_string()
    {
        var manager = await _api.Manager();
        var call = await CallBuilder.CreatePublished(manager, new DateTime(2026, 9, 1, 9, 0, 0), new DateTime(2026, 10, 19, 18, 0, 0));
        var callId = call["id"]!.GetValue<Guid>();
        var (applicant, _, _) = await _api.NewApplicant();
        var token = applicant.DefaultRequestHeaders.Authorization!.Parameter;

        var response = await _api.Anonymous().GetAsync($"/api/me/calendar.ics?access_token={Uri.EscapeDataString(token!)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var ics = await response.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART:20261019T160000Z", ics, StringComparison.Ordinal);

        var deadline = Deadline(ics, $"{callId:N}-submissionDeadline@fundingportal");
        Assert.Equal(new DateTime(2026, 10, 19, 16, 0, 0, DateTimeKind.Utc), deadline.DtStart!.AsUtc);
        Assert.StartsWith("Date limite de dépôt — ", deadline.Summary, StringComparison.Ordinal);
        Assert.Contains("lundi 19 octobre 2026 à 18\u00A0h\u00A000 (heure de Paris)", deadline.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managers_see_every_milestone_and_a_december_deadline_is_17h_UTC()
    {
        var manager = await _api.Manager();
        var call = await CallBuilder.CreatePublished(manager, new DateTime(2026, 11, 1, 9, 0, 0), new DateTime(2026, 12, 19, 18, 0, 0));
        var callId = call["id"]!.GetValue<Guid>();

        var ics = await (await manager.GetAsync("/api/me/calendar.ics")).Content.ReadAsStringAsync();

        var events = Ical.Net.Calendar.Load(ics)!.Events.Where(e => e.Uid!.StartsWith($"{callId:N}-", StringComparison.Ordinal)).ToList();
        Assert.Equal(5, events.Count);
        Assert.Equal(new DateTime(2026, 12, 19, 17, 0, 0, DateTimeKind.Utc), Deadline(ics, $"{callId:N}-submissionDeadline@fundingportal").DtStart!.AsUtc);
    }

    [Fact]
    public async Task The_feed_needs_a_user()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().GetAsync("/api/me/calendar.ics")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().GetAsync("/api/me/calendar.ics?access_token=forged")).StatusCode);
    }

    private static CalendarEvent Deadline(string ics, string uid) => Ical.Net.Calendar.Load(ics)!.Events.Single(e => e.Uid == uid);
}
