using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts.Settings;
using FundingPortal.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FundingPortal.Application.Organisations.Invitations.SendInvitationEmail;

/// <summary>
/// Sends an invitation's e-mail once (the invitation remembers it); a withdrawn or expired one is not sent. It is written in
/// the invited person's language when they already have an account, else in the language of the person who invites
/// (who knows whom they invite better than the French default does).
/// </summary>
public sealed class SendInvitationEmail(IAppDbContext db, IEmailSender sender, IOptions<PortalOptions> portal, TimeProvider clock,
    IUserDirectory users, IUserSettings settings)
{
    public async Task<bool> Handle(Guid invitationId, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        var now = clock.GetUtcNow();
        if (invitation is null || invitation.EmailedAt is not null || !invitation.IsOpenAt(now))
        {
            return false;
        }

        var facts = invitation.CallId is { } callId
            ? new InvitationEmailFacts(null, null, null, null, null, await db.Calls.Where(c => c.Id == callId).Select(c => c.Title).FirstAsync(ct))
            : invitation.ProposalId is { } proposalId
            ? await (
                    from p in db.Proposals
                    where p.Id == proposalId
                    join l in db.Organisations on p.LeadOrganisationId equals l.Id
                    select new InvitationEmailFacts(null, p.Acronym, p.Title, p.Reference, l.Name))
                .FirstAsync(ct)
            : new InvitationEmailFacts(await db.Organisations.Where(o => o.Id == invitation.OrganisationId).Select(o => o.Name).FirstAsync(ct), null, null, null, null);

        var invited = await users.FindByEmailAsync(invitation.Email, ct);
        var language = (await settings.GetAsync(invited?.UserId ?? invitation.InvitedByUserId, ct)).Language;
        await sender.SendAsync(InvitationEmails.Compose(invitation, facts, portal.Value.PublicUrl, language), ct);
        invitation.MarkEmailed(now);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
