using FundingPortal.Application.Notifications.SendNotificationEmail;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>
/// Sends the e-mail copy of each notification. The send happens before the commit: if the commit then fails, the
/// redelivery sends the e-mail again (at least once), never zero times.
/// </summary>
public sealed class NotificationEmailConsumer(ProcessedMessageGuard guard, SendNotificationEmail send) : IdempotentConsumer<NotificationCreated>(guard)
{
    protected override Task HandleAsync(NotificationCreated message, CancellationToken ct) => send.Handle(message.NotificationId, ct);
}

public sealed class NotificationEmailConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<NotificationEmailConsumer>(options, park);
