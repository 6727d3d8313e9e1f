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
public sealed class SendPreProposalReminders(IAppDbContext db, DossiersToSubmitReminders reminders, IOptions<RemindersOptions> options, TimeProvider clock)
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

            sent += await reminders.SendAsync(Kind, slot, call.Id, ProposalStatus.Draft,
                (acronym, reference) => ReminderTexts.PreProposalDeadline(acronym, reference, call.Title, deadline, now), ct);
        }

        return sent;
    }
}
