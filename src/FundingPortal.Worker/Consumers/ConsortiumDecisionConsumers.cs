using FundingPortal.Application.Notifications.NotifyConsortium;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>"Décision de labellisation" to every member of the consortium.</summary>
public sealed class LabellingDecidedNotificationConsumer(ProcessedMessageGuard guard, NotifyConsortium notify) : IdempotentConsumer<LabellingDecided>(guard)
{
    protected override Task HandleAsync(LabellingDecided message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class LabellingDecidedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<LabellingDecidedNotificationConsumer>(options, park);

/// <summary>"Décision de co-labellisation" to every member of the consortium, once per partner cluster's decision.</summary>
public sealed class CoLabellingDecidedNotificationConsumer(ProcessedMessageGuard guard, NotifyConsortium notify) : IdempotentConsumer<CoLabellingDecided>(guard)
{
    protected override Task HandleAsync(CoLabellingDecided message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class CoLabellingDecidedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<CoLabellingDecidedNotificationConsumer>(options, park);

/// <summary>"Décision de cofinancement" to every member of the consortium once every requested funder has decided.</summary>
public sealed class FundingOutcomeNotificationConsumer(ProcessedMessageGuard guard, NotifyConsortium notify) : IdempotentConsumer<FundingOutcomeReached>(guard)
{
    protected override Task HandleAsync(FundingOutcomeReached message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class FundingOutcomeNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<FundingOutcomeNotificationConsumer>(options, park);
