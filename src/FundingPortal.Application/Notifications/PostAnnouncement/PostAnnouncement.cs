using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Contracts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Notifications;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Notifications.PostAnnouncement;

public sealed record AnnouncementRequest(string? Subject, string? Body, AnnouncementAudience? Audience);

public sealed record AnnouncementAccepted(Guid Id, int Recipients);

/// <summary>
/// A manager writes to one audience of a call. The recipients are fixed now, one row each, in the same transaction as the
/// announcement and the outbox message that starts the sending: the request never waits for the mail server.
/// </summary>
public sealed class PostAnnouncement(ManagerScope scope, IAppDbContext db, IUserDirectory users, ICurrentUser user, IOutbox outbox, TimeProvider clock)
{
    public async Task<Result<AnnouncementAccepted>> Handle(Guid callId, AnnouncementRequest request, CancellationToken ct)
    {
        var call = await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        var written = Announcement.Write(callId, request.Subject, request.Body, request.Audience, user.UserId, clock.GetUtcNow());
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        var announcement = written.Value;
        var people = await Audience(announcement.Audience, callId, call.Funders.Select(f => f.FunderId).ToList(), ct);
        db.Announcements.Add(announcement);
        db.AnnouncementRecipients.AddRange(announcement.Address(people));
        outbox.Enqueue(new AnnouncementQueued(announcement.Id));
        await db.SaveChangesAsync(ct);
        return new AnnouncementAccepted(announcement.Id, announcement.Recipients);
    }

    private async Task<IReadOnlyList<(Guid UserId, string Email)>> Audience(AnnouncementAudience audience, Guid callId, IReadOnlyCollection<Guid> funderIds,
        CancellationToken ct)
    {
        switch (audience)
        {
            case AnnouncementAudience.Experts:
                var expertUserIds = await db.Experts.AsNoTracking().Where(e => e.CallIds.Contains(callId)).Select(e => e.UserId).ToListAsync(ct);
                var experts = new List<(Guid, string)>();
                foreach (var id in expertUserIds)
                {
                    if (await users.FindByIdAsync(id, ct) is { } expert)
                    {
                        experts.Add((expert.UserId, expert.Email));
                    }
                }

                return experts;
            case AnnouncementAudience.FunderOfficers:
                return (await users.InRoleAsync(Roles.FunderOfficer, ct)).Where(u => u.FunderId is { } f && funderIds.Contains(f))
                    .Select(u => (u.UserId, u.Email)).ToList();
            default:
                var proposals = db.Proposals.AsNoTracking().Where(p => p.CallId == callId && p.Status != ProposalStatus.Withdrawn);
                proposals = audience switch
                {
                    AnnouncementAudience.Drafts => proposals.Where(p => p.Status == ProposalStatus.Draft),
                    AnnouncementAudience.Submitted => proposals.Where(p => p.LatestVersion > 0),
                    _ => proposals,
                };
                var organisations = await proposals.SelectMany(p => p.Partners.Select(x => x.OrganisationId)).Distinct().ToListAsync(ct);
                return (await users.MembersOfAsync(organisations, ct)).Select(u => (u.UserId, u.Email)).ToList();
        }
    }
}
