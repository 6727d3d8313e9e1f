using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Identity.Accounts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>Password reset links, e-mail confirmation links and "you already have an account" notices.</summary>
public sealed class AccountEmailConsumer(ProcessedMessageGuard guard, SendAccountEmail send) : IdempotentConsumer<AccountEmailRequested>(guard)
{
    protected override Task HandleAsync(AccountEmailRequested message, CancellationToken ct) => send.Handle(message, ct);
}

public sealed class AccountEmailConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<AccountEmailConsumer>(options, park);
