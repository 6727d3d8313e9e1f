using FundingPortal.Application.Common;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Reminders.SendReviewReminders;

/// <summary>Reminds experts before the review deadline, then daily while their review is overdue.</summary>
public sealed class SendReviewReminders(IPendingReviews pendingReviews, ReminderSender sender, IOptions<RemindersOptions> options, TimeProvider clock)
{
    public const string Kind = "review-deadline";

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var review in await pendingReviews.ListAsync(ct))
        {
            var deadline = review.ReviewDeadline.Utc;
            var slot = ReminderSlots.Before(deadline, options.Value.Review, now) ?? ReminderSlots.Overdue(deadline, now);
            if (slot is null)
            {
                continue;
            }

            sent += await sender.SendAsync(new ReminderTarget(Kind, review.AssignmentId, slot), [review.ExpertUserId],
                ReminderTexts.ReviewDue(review, now), PortalLinks.Proposal(review.ProposalId), ct);
        }

        return sent;
    }
}
