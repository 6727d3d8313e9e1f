using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifyExpertAssigned;

/// <summary>
/// The expert hears of each dossier assigned to them, one notification per dossier so that a later conflict of interest
/// on one of them hides just that one (ListMyNotifications).
/// </summary>
public sealed class NotifyExpertAssigned(Notifier notifier)
{
    public async Task<int> Handle(ExpertAssigned m, CancellationToken ct)
    {
        var created = 0;
        foreach (var assignment in m.Assignments)
        {
            if (await notifier.NotifyAsync(m.ExpertUserId, $"expert-assigned:{assignment.AssignmentId}", EventNotificationTexts.ExpertAssigned(m, assignment),
                    PortalLinks.Assignment(assignment.AssignmentId), new NotifiedDossier(assignment.ProposalId, assignment.Reference), ct))
            {
                created++;
            }
        }

        return created;
    }
}
