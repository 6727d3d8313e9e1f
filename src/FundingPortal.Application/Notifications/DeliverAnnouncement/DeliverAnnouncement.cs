using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Notifications.DeliverAnnouncement;

/// <summary>
/// Sends an announcement to its waiting recipients, one per transaction and one delivery at a time (a turn held across
/// workers): the row is claimed (FOR UPDATE SKIP LOCKED), the e-mail handed to the mail server and the row marked sent
/// right after that one acceptance, then committed. A worker stopped mid-way finishes the recipient in hand and stops; a
/// worker killed mid-way leaves the claimed row pending (its lock and its turn die with the connection), and the next run
/// starts after the rows already marked: nobody gets it twice, except the one e-mail accepted in the instant before a
/// kill -9 could be recorded, which is sent again with the same Message-ID. A transport failure throws: the row stays
/// pending and the consumer is retried with back-off (then parked and redelivered), so mail is delayed, never lost.
/// </summary>
public sealed class DeliverAnnouncement(IAppDbContext db, IAnnouncementRecipientClaims claims, ITransactionRunner transactions, IEmailSender sender, IUserSettings settings,
    IOptions<PortalOptions> portal, TimeProvider clock)
{
    public async Task<int> Handle(Guid announcementId, CancellationToken ct)
    {
        var announcement = await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == announcementId, ct);
        if (announcement is null)
        {
            return 0;
        }

        // One delivery of an announcement at a time, whichever worker runs it: a kill -9 then leaves at most one e-mail
        // accepted by the mail server but not marked. Another delivery already sending it will finish the list.
        await using var turn = await claims.TryTakeTurnAsync(announcement.Id, ct);
        if (turn is null)
        {
            return 0;
        }

        var sent = 0;
        while (!ct.IsCancellationRequested)
        {
            // The recipient in hand is finished whatever happens to the caller's token: a send without its mark is a duplicate later.
            if (!await transactions.RunAsync(token => SendNext(announcement, token), CancellationToken.None))
            {
                break;
            }

            sent++;
            db.ChangeTracker.Clear();
        }

        return sent;
    }

    private async Task<bool> SendNext(Announcement announcement, CancellationToken ct)
    {
        var recipient = await claims.ClaimNextAsync(announcement.Id, ct);
        if (recipient is null)
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(recipient.Email) || !recipient.Email.Contains('@', StringComparison.Ordinal))
        {
            recipient.MarkFailed("no usable e-mail address", clock.GetUtcNow());
            return true;
        }

        var language = (await settings.GetAsync(recipient.UserId, ct)).Language;
        var email = NotificationEmail.ComposeAnnouncement(announcement.Subject, announcement.Body, PortalLinks.Call(announcement.CallId), language,
            recipient.Email, portal.Value.PublicUrl) with { StableId = StableId(announcement.Id, recipient.UserId) };
        await sender.SendAsync(email, ct);
        recipient.MarkSent(clock.GetUtcNow());
        return true;
    }

    /// <summary>The same for every send of this announcement to this person: a resend after a kill is recognisably the same e-mail.</summary>
    public static string StableId(Guid announcementId, Guid userId) => $"announcement.{announcementId:N}.{userId:N}";
}
