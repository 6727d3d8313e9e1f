using FundingPortal.Application.Notifications.NotifyCorrectionRequested;
using FundingPortal.Application.Notifications.NotifyAssignmentDeclined;
using FundingPortal.Application.Notifications.NotifyExpertAssigned;
using FundingPortal.Application.Notifications.NotifyFundingRequested;
using FundingPortal.Application.Notifications.NotifyMessagePosted;
using FundingPortal.Application.Notifications.NotifyProposalScreened;
using FundingPortal.Application.Notifications.NotifyProposalShortlisted;
using FundingPortal.Application.Notifications.NotifyProposalWithdrawn;
using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>The expert hears of a new assignment.</summary>
public sealed class ExpertAssignedNotificationConsumer(ProcessedMessageGuard guard, NotifyExpertAssigned notify) : IdempotentConsumer<ExpertAssigned>(guard)
{
    protected override Task HandleAsync(ExpertAssigned message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class ExpertAssignedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<ExpertAssignedNotificationConsumer>(options, park);

/// <summary>Managers hear of a declined assignment (and of a slot left unfilled).</summary>
public sealed class AssignmentDeclinedNotificationConsumer(ProcessedMessageGuard guard, NotifyAssignmentDeclined notify) : IdempotentConsumer<AssignmentDeclined>(guard)
{
    protected override Task HandleAsync(AssignmentDeclined message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class AssignmentDeclinedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<AssignmentDeclinedNotificationConsumer>(options, park);

/// <summary>The consortium hears the screening decision.</summary>
public sealed class ProposalScreenedNotificationConsumer(ProcessedMessageGuard guard, NotifyProposalScreened notify) : IdempotentConsumer<ProposalScreened>(guard)
{
    protected override Task HandleAsync(ProposalScreened message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class ProposalScreenedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<ProposalScreenedNotificationConsumer>(options, park);

/// <summary>The consortium hears whether its pre-proposal is shortlisted.</summary>
public sealed class ProposalShortlistedNotificationConsumer(ProcessedMessageGuard guard, NotifyProposalShortlisted notify) : IdempotentConsumer<ProposalShortlisted>(guard)
{
    protected override Task HandleAsync(ProposalShortlisted message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class ProposalShortlistedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<ProposalShortlistedNotificationConsumer>(options, park);

/// <summary>Managers and the dossier's experts hear of a withdrawal.</summary>
public sealed class ProposalWithdrawnNotificationConsumer(ProcessedMessageGuard guard, NotifyProposalWithdrawn notify) : IdempotentConsumer<ProposalWithdrawn>(guard)
{
    protected override Task HandleAsync(ProposalWithdrawn message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class ProposalWithdrawnNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<ProposalWithdrawnNotificationConsumer>(options, park);

/// <summary>The officers of each requested funder hear of the funding request.</summary>
public sealed class FundingRequestedNotificationConsumer(ProcessedMessageGuard guard, NotifyFundingRequested notify) : IdempotentConsumer<FundingRequested>(guard)
{
    protected override Task HandleAsync(FundingRequested message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class FundingRequestedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<FundingRequestedNotificationConsumer>(options, park);

/// <summary>The other side of a dossier's thread hears of a new message.</summary>
public sealed class MessagePostedNotificationConsumer(ProcessedMessageGuard guard, NotifyMessagePosted notify) : IdempotentConsumer<ProposalMessagePosted>(guard)
{
    protected override Task HandleAsync(ProposalMessagePosted message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class MessagePostedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<MessagePostedNotificationConsumer>(options, park);

/// <summary>The consortium hears of a correction request.</summary>
public sealed class CorrectionRequestedNotificationConsumer(ProcessedMessageGuard guard, NotifyCorrectionRequested notify) : IdempotentConsumer<CorrectionRequested>(guard)
{
    protected override Task HandleAsync(CorrectionRequested message, CancellationToken ct) => notify.Handle(message, ct);
}

public sealed class CorrectionRequestedNotificationConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<CorrectionRequestedNotificationConsumer>(options, park);
