using FundingPortal.Domain.Notifications;

namespace FundingPortal.Application.Abstractions;

/// <summary>Hands out an announcement's waiting recipients one at a time, locked until the current transaction ends and skipped by other workers.</summary>
public interface IAnnouncementRecipientClaims
{
    /// <summary>The next pending recipient, tracked and locked; call inside a transaction.</summary>
    Task<AnnouncementRecipient?> ClaimNextAsync(Guid announcementId, CancellationToken cancellationToken);
}
