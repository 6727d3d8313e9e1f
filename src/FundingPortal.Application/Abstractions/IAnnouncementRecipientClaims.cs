using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Abstractions;

/// <summary>Hands out an announcement's waiting recipients one at a time, locked until the current transaction ends and skipped by other workers.</summary>
public interface IAnnouncementRecipientClaims
{
    /// <summary>
    /// The right to send <paramref name="announcementId"/>, held by one delivery at a time across every worker until disposed
    /// (or until its process dies); null when another delivery holds it. One sender means at most one e-mail in flight.
    /// </summary>
    Task<IAsyncDisposable?> TryTakeTurnAsync(Guid announcementId, CancellationToken cancellationToken);

    /// <summary>The next pending recipient, tracked and locked; call inside a transaction.</summary>
    Task<AnnouncementRecipient?> ClaimNextAsync(Guid announcementId, CancellationToken cancellationToken);
}
