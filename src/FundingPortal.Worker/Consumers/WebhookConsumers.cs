using FundingPortal.Application.Notifications.DeliverWebhook;
using FundingPortal.Application.Notifications.RecordWebhookEvent;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>A submission becomes a "proposal.submitted" delivery for each subscription that wants it.</summary>
public sealed class SubmissionWebhookConsumer(ProcessedMessageGuard guard, RecordWebhookEvent record) : IdempotentConsumer<ProposalSubmitted>(guard)
{
    protected override Task HandleAsync(ProposalSubmitted message, CancellationToken ct) => record.Handle(message, ct);
}

public sealed class SubmissionWebhookConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<SubmissionWebhookConsumer>(options, park);

/// <summary>A "Labelled" decision becomes a "proposal.labelled" delivery.</summary>
public sealed class LabellingWebhookConsumer(ProcessedMessageGuard guard, RecordWebhookEvent record) : IdempotentConsumer<LabellingDecided>(guard)
{
    protected override Task HandleAsync(LabellingDecided message, CancellationToken ct) => record.Handle(message, ct);
}

public sealed class LabellingWebhookConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<LabellingWebhookConsumer>(options, park);

/// <summary>Each funder's decision becomes a "funding.decided" delivery.</summary>
public sealed class FundingDecisionWebhookConsumer(ProcessedMessageGuard guard, RecordWebhookEvent record) : IdempotentConsumer<FundingDecided>(guard)
{
    protected override Task HandleAsync(FundingDecided message, CancellationToken ct) => record.Handle(message, ct);
}

public sealed class FundingDecisionWebhookConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<FundingDecisionWebhookConsumer>(options, park);

/// <summary>
/// The first attempt of a delivery, right after the event. Its outcome is recorded on the delivery, so a failing
/// receiver is retried by <see cref="Jobs.DeliverDueWebhooksJob"/>, never by redelivering this message.
/// </summary>
public sealed class WebhookDeliveryConsumer(ProcessedMessageGuard guard, DeliverWebhook deliver) : IdempotentConsumer<WebhookDeliveryDue>(guard)
{
    protected override Task HandleAsync(WebhookDeliveryDue message, CancellationToken ct) => deliver.Handle(message.DeliveryId, ct);
}

public sealed class WebhookDeliveryConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<WebhookDeliveryConsumer>(options, park);
