using System.Text.Json;
using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.RecordWebhookEvent;

/// <summary>
/// Turns an event into one delivery per subscription that wants it, in the consumer's transaction (so once per event),
/// and asks for each delivery's first attempt through the outbox.
/// </summary>
public sealed class RecordWebhookEvent(IAppDbContext db, IOutbox outbox, TimeProvider clock)
{
    // Instants as UTC with "Z", like the rest of the API.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task Handle(ProposalSubmitted e, CancellationToken ct) =>
        Record(WebhookEvents.ProposalSubmitted, e.SubmittedAt, new
        {
            proposalId = e.ProposalId, callId = e.CallId, reference = e.Reference, acronym = e.Acronym, version = e.Version, receiptNumber = e.ReceiptNumber,
            submittedAt = e.SubmittedAt.UtcDateTime,
        }, ct);

    public Task Handle(LabellingDecided e, CancellationToken ct) =>
        e.Outcome != "Labelled"
            ? Task.CompletedTask
            : Record(WebhookEvents.ProposalLabelled, e.DecidedAt, new
            {
                proposalId = e.ProposalId, callId = e.CallId, reference = e.Reference, acronym = e.Acronym, certificateNumber = e.CertificateNumber,
                decidedAt = e.DecidedAt.UtcDateTime,
            }, ct);

    public Task Handle(FundingDecided e, CancellationToken ct) =>
        Record(WebhookEvents.FundingDecided, e.DecidedAt, new
        {
            proposalId = e.ProposalId, callId = e.CallId, reference = e.Reference, funderId = e.FunderId, decision = e.Decision, requestedAid = e.RequestedAid,
            grantedAid = e.GrantedAid, decidedAt = e.DecidedAt.UtcDateTime,
        }, ct);

    private async Task Record(string type, DateTimeOffset occurredAt, object data, CancellationToken ct)
    {
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Events.Contains(type)).Select(s => s.Id).ToListAsync(ct);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var eventId = Guid.CreateVersion7();
        var body = JsonSerializer.Serialize(new { id = eventId, type, occurredAt = occurredAt.UtcDateTime, data }, Json);
        var now = clock.GetUtcNow();
        foreach (var subscription in subscriptions)
        {
            var delivery = WebhookDelivery.Create(subscription, eventId, type, body, now);
            db.WebhookDeliveries.Add(delivery);
            outbox.Enqueue(new WebhookDeliveryDue(delivery.Id));
        }

        await db.SaveChangesAsync(ct);
    }
}
