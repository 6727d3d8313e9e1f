using FundingPortal.Contracts;
using FundingPortal.Infrastructure.Identity.Accounts;
using FundingPortal.Infrastructure.Messaging;
using FundingPortal.Infrastructure.Messaging.Parking;
using MassTransit;
using Microsoft.Extensions.Options;

namespace FundingPortal.Worker.Consumers;

/// <summary>
/// Password reset links, e-mail confirmation links and "you already have an account" notices. Unlike an
/// <see cref="IdempotentConsumer{TMessage}"/>, the link's token is committed before the e-mail leaves (its reader may
/// click at once), and the message is recorded as processed after the send: a redelivery in between sends a second
/// e-mail with a second working link (at least once, never zero times); later ones are skipped.
/// </summary>
public sealed class AccountEmailConsumer(ProcessedMessageGuard guard, SendAccountEmail send) : IConsumer<AccountEmailRequested>
{
    public async Task Consume(ConsumeContext<AccountEmailRequested> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException("AccountEmailRequested arrived without a MessageId; publish through the outbox.");
        if (await guard.WasProcessedAsync(nameof(AccountEmailConsumer), messageId, context.CancellationToken))
        {
            return;
        }

        await send.Handle(context.Message, context.CancellationToken);
        await guard.RecordProcessedAsync(nameof(AccountEmailConsumer), messageId, context.CancellationToken);
    }
}

public sealed class AccountEmailConsumerDefinition(IOptions<MessagingOptions> options, ParkFailedMessageFilter park)
    : ReliableConsumerDefinition<AccountEmailConsumer>(options, park);
