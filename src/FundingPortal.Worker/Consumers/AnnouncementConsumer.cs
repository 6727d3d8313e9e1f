using FundingPortal.Application.Notifications.DeliverAnnouncement;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using MassTransit;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>
/// Sends an announcement. Not an <see cref="IdempotentConsumer{TMessage}"/>: that one commits its effects in a single
/// transaction, and an announcement commits one recipient at a time, so that the progress shows and a worker dying mid-way
/// keeps what it sent. Running it twice is harmless: the recipients' rows say who is left.
/// </summary>
public sealed class AnnouncementConsumer(DeliverAnnouncement deliver) : IConsumer<AnnouncementQueued>
{
    public Task Consume(ConsumeContext<AnnouncementQueued> context) => deliver.Handle(context.Message.AnnouncementId, context.CancellationToken);
}

public sealed class AnnouncementConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<AnnouncementConsumer>(options, park);
