using FundingPortal.Application.Notifications.NotifyJoinRequest;
using FundingPortal.Application.Organisations.Invitations.SendInvitationEmail;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>The invitation's e-mail to the invited address (which may have no account yet).</summary>
public sealed class InvitationEmailConsumer(ProcessedMessageGuard guard, SendInvitationEmail send) : IdempotentConsumer<InvitationCreated>(guard)
{
    protected override Task HandleAsync(InvitationCreated message, CancellationToken ct) => send.Handle(message.InvitationId, ct);
}

public sealed class InvitationEmailConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<InvitationEmailConsumer>(options, park);

/// <summary>"Demande d'adhésion" to the organisation's members.</summary>
public sealed class JoinRequestedNotificationConsumer(ProcessedMessageGuard guard, NotifyJoinRequest notify) : IdempotentConsumer<JoinRequested>(guard)
{
    protected override Task HandleAsync(JoinRequested message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class JoinRequestedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<JoinRequestedNotificationConsumer>(options, park);

/// <summary>The answer to a join request, to the person who asked.</summary>
public sealed class JoinRequestDecidedNotificationConsumer(ProcessedMessageGuard guard, NotifyJoinRequest notify) : IdempotentConsumer<JoinRequestDecided>(guard)
{
    protected override Task HandleAsync(JoinRequestDecided message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class JoinRequestDecidedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<JoinRequestDecidedNotificationConsumer>(options, park);
