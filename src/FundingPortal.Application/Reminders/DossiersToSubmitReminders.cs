using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Application.Notifications;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reminders;

/// <summary>
/// Reminds every consortium member of a call's dossiers in one status (still to submit) in one reminder slot, once per
/// recipient and slot: shared by the submission-deadline and the pre-proposal-deadline reminders.
/// </summary>
public sealed class DossiersToSubmitReminders(IAppDbContext db, IUserDirectory users, ReminderSender sender)
{
    public async Task<int> SendAsync(string kind, string slot, Guid callId, ProposalStatus toSubmit,
        Func<string, string, BilingualText> text, CancellationToken ct)
    {
        var dossiers = await db.Proposals.AsNoTracking()
            .Where(p => p.CallId == callId && p.Status == toSubmit)
            .Select(p => new { p.Id, p.Reference, p.Acronym, Organisations = p.Partners.Select(x => x.OrganisationId).ToList() })
            .ToListAsync(ct);
        var ids = dossiers.Select(d => d.Id).ToList();
        var alreadySent = (await db.SentReminders.AsNoTracking()
                .Where(r => r.Kind == kind && r.Slot == slot && ids.Contains(r.TargetId))
                .Select(r => new { r.TargetId, r.RecipientId })
                .ToListAsync(ct))
            .Select(r => (r.TargetId, r.RecipientId)).ToHashSet();

        var sent = 0;
        foreach (var dossier in dossiers)
        {
            var members = await users.MembersOfAsync(dossier.Organisations, ct);
            var recipients = members.Select(m => m.UserId).Where(id => !alreadySent.Contains((dossier.Id, id))).ToList();
            sent += await sender.SendAsync(new ReminderTarget(kind, dossier.Id, slot), recipients, text(dossier.Acronym, dossier.Reference),
                PortalLinks.Proposal(dossier.Id), ct);
        }

        return sent;
    }
}
