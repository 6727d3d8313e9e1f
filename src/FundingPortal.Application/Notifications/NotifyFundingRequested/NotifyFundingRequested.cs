using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifyFundingRequested;

/// <summary>The officers of each requested funder hear of the request and of the aid asked of their funder.</summary>
public sealed class NotifyFundingRequested(NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(FundingRequested m, CancellationToken ct)
    {
        var created = 0;
        foreach (var funder in m.Funders)
        {
            created += await notifier.NotifyEachAsync(await audience.OfficersOf([funder.FunderId], ct), $"funding-requested:{m.ProposalId}:{funder.FunderId}",
                EventNotificationTexts.FundingRequested(m, funder.RequestedAid), PortalLinks.FundingRequests, new NotifiedDossier(m.ProposalId, m.Reference), ct);
        }

        return created;
    }
}
