using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.NotifyMessagePosted;

/// <summary>A message in a dossier's thread reaches the other side: the managers when the consortium writes, the consortium when the cluster does.</summary>
public sealed class NotifyMessagePosted(IAppDbContext db, NotificationAudience audience, Notifier notifier)
{
    public async Task<int> Handle(ProposalMessagePosted m, CancellationToken ct)
    {
        var body = await db.ProposalMessages.AsNoTracking().Where(x => x.Id == m.MessageId).Select(x => x.Body).FirstOrDefaultAsync(ct);
        if (body is null)
        {
            return 0;
        }

        var recipients = m.Side == "Cluster" ? await audience.Consortium(m.ProposalId, ct) : await audience.Managers(ct);
        return await notifier.NotifyEachAsync(recipients.Where(id => id != m.AuthorUserId), $"message-posted:{m.MessageId}",
            MessageNotificationTexts.Posted(m, body), PortalLinks.Messages(m.ProposalId), new NotifiedDossier(m.ProposalId, m.Reference), ct);
    }
}
