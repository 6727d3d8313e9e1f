using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifyProposalShortlisted;

/// <summary>The consortium hears whether its pre-proposal is shortlisted, with the cluster's feedback.</summary>
public sealed class NotifyProposalShortlisted(NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(ProposalShortlisted m, CancellationToken ct) =>
        await notifier.NotifyEachAsync(await audience.Consortium(m.ProposalId, ct), $"proposal-shortlisted:{m.ProposalId}:{m.ShortlistedAt.UtcTicks}",
            EventNotificationTexts.ProposalShortlisted(m), PortalLinks.Proposal(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);
}
