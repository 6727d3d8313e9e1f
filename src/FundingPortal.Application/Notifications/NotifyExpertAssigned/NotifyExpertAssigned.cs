using FundingPortal.Application.Common;
using FundingPortal.Contracts;

namespace FundingPortal.Application.Notifications.NotifyExpertAssigned;

/// <summary>The expert hears once per assignment operation (an automatic assignment of a whole call is one notification).</summary>
public sealed class NotifyExpertAssigned(Notifier notifier)
{
    public async Task<int> Handle(ExpertAssigned m, CancellationToken ct)
    {
        if (m.Assignments.Count == 0)
        {
            return 0;
        }

        // An assignment belongs to one operation only, so its smallest id names the operation.
        var key = $"expert-assigned:{m.Assignments.Min(a => a.AssignmentId)}";
        var reference = m.Assignments.Count == 1 ? m.Assignments[0].Reference : null;
        var link = m.Assignments.Count == 1 ? PortalLinks.Assignment(m.Assignments[0].AssignmentId) : PortalLinks.Assignments;
        return await notifier.NotifyAsync(m.ExpertUserId, key, EventNotificationTexts.ExpertAssigned(m), link, reference, ct) ? 1 : 0;
    }
}
