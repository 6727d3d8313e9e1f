using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Reminders.SendPreProposalReminders;

/// <summary>
/// Reminds the consortium of every draft pre-proposal of a two-stage call before the pre-proposal deadline, at the same
/// offsets as the submission deadline's reminders (J-7, J-1, H-2 by default) and through the same ledger, so each goes
/// out once per recipient and slot.
/// </summary>
public sealed class SendPreProposalReminders(IAppDbContext db, IUserDirectory users, ReminderSender sender, IOptions<RemindersOptions> options, TimeProvider clock)
{
    public const string Kind = "pre-proposal-deadline";

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var offsets = options.Value.Draft;
        var horizon = now + offsets.Max();
        // The pre-proposal deadline sits in a converted column: the few open two-stage calls are filtered here.
        var calls = (await db.Calls.AsNoTracking()
                .Where(c => c.PublishedAt != null && c.PreProposal != null && c.Timeline.OpensAt.Utc <= now && c.Timeline.SubmissionDeadline.Utc > now)
                .Select(c => new { c.Id, c.Title, c.PreProposal })
                .ToListAsync(ct))
            .Where(c => c.PreProposal!.Deadline.Utc > now && c.PreProposal.Deadline.Utc <= horizon)
            .ToList();

        var sent = 0;
        foreach (var call in calls)
        {
            var deadline = call.PreProposal!.Deadline;
            if (ReminderSlots.Before(deadline.Utc, offsets, now) is not { } slot)
            {
                continue;
            }

            var drafts = await db.Proposals.AsNoTracking()
                .Where(p => p.CallId == call.Id && p.Status == ProposalStatus.Draft)
                .Select(p => new { p.Id, p.Reference, p.Acronym, Organisations = p.Partners.Select(x => x.OrganisationId).ToList() })
                .ToListAsync(ct);
            foreach (var draft in drafts)
            {
                var members = await users.MembersOfAsync(draft.Organisations, ct);
                var text = ReminderTexts.PreProposalDeadline(draft.Acronym, draft.Reference, call.Title, deadline, now);
                sent += await sender.SendAsync(new ReminderTarget(Kind, draft.Id, slot), members.Select(m => m.UserId), text, PortalLinks.Proposal(draft.Id), ct);
            }
        }

        return sent;
    }
}
