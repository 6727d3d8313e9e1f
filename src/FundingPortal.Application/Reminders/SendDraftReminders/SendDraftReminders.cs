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
public sealed class SendDraftReminders(IAppDbContext db, DossiersToSubmitReminders reminders, IOptions<RemindersOptions> options, TimeProvider clock)
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
            sent += await reminders.SendAsync(Kind, slot, call.Id, toSubmit,
                (acronym, reference) => ReminderTexts.DraftDeadline(acronym, reference, call.Title, call.SubmissionDeadline, now), ct);
        }

        return sent;
    }
}
