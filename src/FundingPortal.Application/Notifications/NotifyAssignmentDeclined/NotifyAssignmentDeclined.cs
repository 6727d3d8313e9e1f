using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.NotifyAssignmentDeclined;

/// <summary>Managers hear of each declined assignment, and whether its slot was filled again or is left open.</summary>
public sealed class NotifyAssignmentDeclined(IAppDbContext db, NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(AssignmentDeclined m, CancellationToken ct)
    {
        var acronym = await db.Proposals.AsNoTracking().Where(p => p.Id == m.ProposalId).Select(p => p.Acronym).FirstOrDefaultAsync(ct) ?? m.Reference;
        var expert = await db.Experts.AsNoTracking().Where(e => e.Id == m.ExpertId).Select(e => e.DisplayName).FirstOrDefaultAsync(ct) ?? "—";
        return await notifier.NotifyEachAsync(await audience.Managers(ct), $"assignment-declined:{m.AssignmentId}",
            EventNotificationTexts.AssignmentDeclined(m, acronym, expert), PortalLinks.Proposal(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);
    }
}
