using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifyCorrectionRequested;

/// <summary>The consortium hears what to correct and by when; the link opens the dossier's correction page.</summary>
public sealed class NotifyCorrectionRequested(NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(CorrectionRequested m, CancellationToken ct) =>
        await notifier.NotifyEachAsync(await audience.Consortium(m.ProposalId, ct), $"correction-requested:{m.CorrectionRequestId}",
            EventNotificationTexts.CorrectionRequested(m), PortalLinks.Corrections(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);
}
