using FundingPortal.Application.Reminders.SendDraftReminders;
using FundingPortal.Application.Reminders.SendFundingDecisionReminders;
using FundingPortal.Application.Reminders.SendPreProposalReminders;
using FundingPortal.Application.Reminders.SendReviewReminders;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

// Each run looks at the current instant only; the sent_reminders ledger makes a second or concurrent run a no-op.

[AutomaticRetry(Attempts = 0)]
public sealed class DraftRemindersJob(SendDraftReminders send, SendPreProposalReminders preProposals)
{
    public async Task<int> RunAsync(CancellationToken ct) => await send.Handle(ct) + await preProposals.Handle(ct);
}

[AutomaticRetry(Attempts = 0)]
public sealed class ReviewRemindersJob(SendReviewReminders send)
{
    public Task<int> RunAsync(CancellationToken ct) => send.Handle(ct);
}

[AutomaticRetry(Attempts = 0)]
public sealed class FundingDecisionRemindersJob(SendFundingDecisionReminders send)
{
    public Task<int> RunAsync(CancellationToken ct) => send.Handle(ct);
}
