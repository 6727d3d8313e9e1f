using FundingPortal.Application.Notifications.NotifySubmissionReceived;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>"Dossier reçu" to every member of the consortium, for each submitted version.</summary>
public sealed class SubmissionReceivedNotificationConsumer(ProcessedMessageGuard guard, NotifySubmissionReceived notify)
    : IdempotentConsumer<ProposalSubmitted>(guard)
{
    protected override Task HandleAsync(ProposalSubmitted message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class SubmissionReceivedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<SubmissionReceivedNotificationConsumer>(options, park);
