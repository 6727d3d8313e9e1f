using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Application.Operations;
using FundingPortal.Infrastructure.Messaging.Parking;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Notifications;

/// <summary>Parked messages and the Hangfire dashboard are for cluster managers only.</summary>
[Collection(Collections.CoFunding)]
public sealed class OperationsAccessTests(ApiFactory factory) : PortalTest(factory)
{
    private readonly ApiClient _api = new(factory);

    [Fact]
    public async Task The_jobs_dashboard_answers_managers_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _api.Anonymous().GetAsync("/hangfire")).StatusCode);
        var (applicant, _, _) = await _api.NewApplicant();
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/hangfire")).StatusCode);
        var manager = await _api.Manager();
        var dashboard = await manager.GetAsync("/hangfire/recurring");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("close-due-calls", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Managers_list_parked_messages_and_retry_each_once()
    {
        var (applicant, _, _) = await _api.NewApplicant();
        await ApiClient.AssertProblem(await applicant.GetAsync("/api/admin/parked-messages"), HttpStatusCode.Forbidden, "forbidden");
        await ApiClient.AssertProblem(await applicant.PostAsync($"/api/admin/parked-messages/{Guid.NewGuid()}/retry", null), HttpStatusCode.Forbidden, "forbidden");

        var manager = await _api.Manager();
        var parked = await Park();
        var list = await manager.GetFromJsonAsync<JsonArray>("/api/admin/parked-messages?status=Parked");
        var item = list!.Single(p => p!["id"]!.GetValue<Guid>() == parked.Id)!;
        Assert.Equal("Parked", item["status"]!.GetValue<string>());
        Assert.Equal("FundingPortal.Contracts.CallClosed", item["messageType"]!.GetValue<string>());
        Assert.Equal("boom", item["error"]!.GetValue<string>());

        await ApiClient.AssertProblem(await manager.GetAsync("/api/admin/parked-messages?status=Lost"), HttpStatusCode.BadRequest, "invalid_status");
        await ApiClient.AssertProblem(await manager.PostAsync($"/api/admin/parked-messages/{Guid.NewGuid()}/retry", null), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(HttpStatusCode.Accepted, (await manager.PostAsync($"/api/admin/parked-messages/{parked.Id}/retry", null)).StatusCode);
        await ApiClient.AssertProblem(await manager.PostAsync($"/api/admin/parked-messages/{parked.Id}/retry", null), HttpStatusCode.Conflict,
            "parked_message_not_retryable");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var redelivery = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == parked.MessageId);
        Assert.Equal("some-consumer", redelivery.Destination);
    }

    private async Task<ParkedMessage> Park()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = factory.Clock.GetUtcNow();
        var parked = new ParkedMessage
        {
            Id = Guid.CreateVersion7(),
            Queue = "some-consumer",
            MessageId = Guid.NewGuid(),
            MessageType = "FundingPortal.Contracts.CallClosed",
            Payload = $$"""{"callId":"{{Guid.NewGuid()}}","title":"Appel","closedAt":"2026-06-01T10:00:00Z"}""",
            Error = "boom",
            Failures = 4,
            Status = ParkedMessageStatus.Parked,
            FirstFailedAt = now,
            LastFailedAt = now,
        };
        db.ParkedMessages.Add(parked);
        await db.SaveChangesAsync();
        return parked;
    }
}
