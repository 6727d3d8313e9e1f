using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Reminders.SendDraftReminders;

/// <summary>
/// Reminds the consortium of every dossier still to submit before an open call's deadline at J-7, J-1 and H-2
/// (configurable): the drafts of a one-stage call; in a two-stage call, the consortia invited to the full proposal (a
/// draft there is a pre-proposal whose own deadline has passed, see <c>SendPreProposalReminders</c>).
/// </summary>
public sealed class SendDraftReminders(IAppDbContext db, IUserDirectory users, ReminderSender sender, IOptions<RemindersOptions> options, TimeProvider clock)
{
    public const string Kind = "draft-deadline";

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offsets = options.Value.Draft;
        var horizon = now + offsets.Max();
        var calls = await db.Calls.AsNoTracking()
            .Where(c => c.PublishedAt != null && c.Timeline.OpensAt.Utc <= now
                && c.Timeline.SubmissionDeadline.Utc > now && c.Timeline.SubmissionDeadline.Utc <= horizon)
            .Select(c => new { c.Id, c.Title, c.Timeline.SubmissionDeadline, TwoStage = c.PreProposal != null })
            .ToListAsync(ct);

        var sent = 0;
        foreach (var call in calls)
        {
            if (ReminderSlots.Before(call.SubmissionDeadline.Utc, offsets, now) is not { } slot)
            {
                continue;
            }

            var toSubmit = call.TwoStage ? ProposalStatus.InvitedToFullProposal : ProposalStatus.Draft;
            var drafts = await db.Proposals.AsNoTracking()
                .Where(p => p.CallId == call.Id && p.Status == toSubmit)
                .Select(p => new { p.Id, p.Reference, p.Acronym, Organisations = p.Partners.Select(x => x.OrganisationId).ToList() })
                .ToListAsync(ct);
            var draftIds = drafts.Select(d => d.Id).ToList();
            var alreadySent = (await db.SentReminders.AsNoTracking()
                    .Where(r => r.Kind == Kind && r.Slot == slot && draftIds.Contains(r.TargetId))
                    .Select(r => new { r.TargetId, r.RecipientId })
                    .ToListAsync(ct))
                .Select(r => (r.TargetId, r.RecipientId)).ToHashSet();

            foreach (var draft in drafts)
            {
                var members = await users.MembersOfAsync(draft.Organisations, ct);
                var recipients = members.Select(m => m.UserId).Where(id => !alreadySent.Contains((draft.Id, id))).ToList();
                var text = ReminderTexts.DraftDeadline(draft.Acronym, draft.Reference, call.Title, call.SubmissionDeadline, now);
                sent += await sender.SendAsync(new ReminderTarget(Kind, draft.Id, slot), recipients, text, PortalLinks.Proposal(draft.Id), ct);
            }
        }

        return sent;
    }
}
