using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.NotifyProposalScreened;

/// <summary>The consortium hears the screening decision (eligible for review, or ineligible with the reason).</summary>
public sealed class NotifyProposalScreened(IAppDbContext db, NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(ProposalScreened m, CancellationToken ct)
    {
        var acronym = await db.Proposals.AsNoTracking().Where(p => p.Id == m.ProposalId).Select(p => p.Acronym).FirstOrDefaultAsync(ct);
        if (acronym is null)
        {
            return 0;
        }

        return await notifier.NotifyEachAsync(await audience.Consortium(m.ProposalId, ct), $"proposal-screened:{m.ProposalId}:{m.ScreenedAt.UtcTicks}",
            EventNotificationTexts.ProposalScreened(m, acronym), PortalLinks.Proposal(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);
    }
}
