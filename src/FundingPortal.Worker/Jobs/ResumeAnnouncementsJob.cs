using FundingPortal.Application.Notifications.ResumeAnnouncements;
using Hangfire;

namespace FundingPortal.Worker.Jobs;

/// <summary>Every minute: announcements with recipients still waiting (a worker died mid-way) are asked for again.</summary>
[AutomaticRetry(Attempts = 0)]
public sealed class ResumeAnnouncementsJob(ResumeAnnouncements resume)
{
    public Task<int> RunAsync(CancellationToken ct) => resume.Handle(ct);
}
