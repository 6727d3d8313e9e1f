using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Reminders.SendFundingDecisionReminders;

/// <summary>Reminds the officers of each funder that still owes a decision before the funding decision deadline.</summary>
public sealed class SendFundingDecisionReminders(IPendingFundingDecisions pendingDecisions, IUserDirectory users, ReminderSender sender,
    IOptions<RemindersOptions> options, TimeProvider clock)
{
    public const string Kind = "funding-decision-deadline";

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var pending = await pendingDecisions.ListAsync(ct);
        if (pending.Count == 0)
        {
            return 0;
        }

        var officers = (await users.InRoleAsync(Roles.FunderOfficer, ct))
            .Where(u => u.FunderId is not null)
            .ToLookup(u => u.FunderId!.Value, u => u.UserId);
        var sent = 0;
        foreach (var decision in pending)
        {
            if (ReminderSlots.Before(decision.DecisionDeadline.Utc, options.Value.FundingDecision, now) is not { } slot)
            {
                continue;
            }

            sent += await sender.SendAsync(new ReminderTarget(Kind, decision.FundingRequestId, slot), officers[decision.FunderId],
                ReminderTexts.FundingDecisionDue(decision, now), PortalLinks.Proposal(decision.ProposalId), ct);
        }

        return sent;
    }
}
