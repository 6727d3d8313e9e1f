using FundingPortal.Application.Committees.NotifyAuditionScheduled;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>The consortium hears of its audition slot before the labelling committee.</summary>
public sealed class AuditionScheduledNotificationConsumer(ProcessedMessageGuard guard, NotifyAuditionScheduled notify) : IdempotentConsumer<CommitteeAuditionScheduled>(guard)
{
    protected override Task HandleAsync(CommitteeAuditionScheduled message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class AuditionScheduledNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<AuditionScheduledNotificationConsumer>(options, park);
