using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.NotifyJoinRequest;

/// <summary>Join requests: the organisation's members hear of a new one, the person who asked hears the answer (once each).</summary>
public sealed class NotifyJoinRequest(IAppDbContext db, IUserDirectory users, Notifier notifier)
{
    public async Task<int> Handle(JoinRequested m, CancellationToken ct)
    {
        var request = await db.JoinRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == m.JoinRequestId, ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == m.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (request is null || organisation is null)
        {
            return 0;
        }

        NotificationText Text(string language) => NotificationTexts.JoinRequested(request.Email, organisation, request.Message, language);
        var created = 0;
        foreach (var member in (await users.MembersOfAsync([m.OrganisationId], ct)).Where(u => u.UserId != m.UserId).OrderBy(u => u.UserId))
        {
            if (await notifier.NotifyAsync(member.UserId, $"join-requested:{m.JoinRequestId}:{member.UserId}", Text, PortalLinks.Organisation, ct))
            {
                created++;
            }
        }

        return created;
    }

    public async Task<int> Handle(JoinRequestDecided m, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == m.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        if (organisation is null)
        {
            return 0;
        }

        var created = await notifier.NotifyAsync(m.UserId, $"join-request-decided:{m.JoinRequestId}", language => NotificationTexts.JoinRequestDecided(organisation, m.Approved, language),
            PortalLinks.Organisation, ct);
        return created ? 1 : 0;
    }
}
