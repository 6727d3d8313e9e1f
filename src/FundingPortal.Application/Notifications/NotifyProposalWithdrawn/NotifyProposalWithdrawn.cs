using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.NotifyProposalWithdrawn;

/// <summary>Managers and the dossier's experts hear that it was withdrawn (they stop working on it).</summary>
public sealed class NotifyProposalWithdrawn(IAppDbContext db, NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(ProposalWithdrawn m, CancellationToken ct)
    {
        var acronym = await db.Proposals.AsNoTracking().Where(p => p.Id == m.ProposalId).Select(p => p.Acronym).FirstOrDefaultAsync(ct);
        if (acronym is null)
        {
            return 0;
        }

        var text = EventNotificationTexts.ProposalWithdrawn(m, acronym);
        var key = $"proposal-withdrawn:{m.ProposalId}";
        var managers = await notifier.NotifyEachAsync(await audience.Managers(ct), key, text, PortalLinks.Proposal(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);
        var experts = await notifier.NotifyEachAsync(await audience.ExpertsOf(m.ProposalId, ct), key, text, PortalLinks.Assignments, new NotifiedDossier(m.ProposalId, m.Reference), ct);
        return managers + experts;
    }
}
