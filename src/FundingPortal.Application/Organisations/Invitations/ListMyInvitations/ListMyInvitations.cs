using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.Invitations.ListMyInvitations;

/// <summary>
/// Open invitations addressed to the caller's e-mail address, once that address is confirmed: before that, the account
/// may belong to someone who merely typed the address.
/// </summary>
public sealed class ListMyInvitations(IAppDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
{
    public async Task<IReadOnlyList<MyInvitationResponse>> Handle(CancellationToken ct)
    {
        var me = await users.FindByIdAsync(user.UserId, ct);
        if (me is not { EmailConfirmed: true })
        {
            return [];
        }

        var now = clock.GetUtcNow();
        var email = InvitationEmail.Normalise(me.Email);
        var rows = await (
                from i in db.Invitations.AsNoTracking()
                where i.NormalizedEmail == email && i.Status == InvitationStatus.Pending && i.ExpiresAt > now
                join o in db.Organisations on i.OrganisationId equals o.Id into inviting
                from o in inviting.DefaultIfEmpty()
                join p in db.Proposals on i.ProposalId equals p.Id into dossiers
                from p in dossiers.DefaultIfEmpty()
                join l in db.Organisations on p.LeadOrganisationId equals l.Id into leads
                from l in leads.DefaultIfEmpty()
                join c in db.Calls on i.CallId equals c.Id into committees
                from c in committees.DefaultIfEmpty()
                orderby i.CreatedAt descending
                select new
                {
                    i.Id, i.Kind, i.OrganisationName, i.InvitedByEmail, i.ExpiresAt, i.OrganisationId, i.ProposalId,
                    InvitingName = o == null ? null : o.Name,
                    Reference = p == null ? null : p.Reference,
                    Acronym = p == null ? null : p.Acronym,
                    Title = p == null ? null : p.Title,
                    LeadName = l == null ? null : l.Name,
                    i.CallId,
                    CallTitle = c == null ? null : c.Title,
                })
            .ToListAsync(ct);
        return rows.Select(r => new MyInvitationResponse(r.Id, r.Kind, r.Kind == InvitationKind.Organisation ? r.InvitingName : r.OrganisationName, r.Reference,
                r.InvitedByEmail, r.ExpiresAt, r.OrganisationId, r.ProposalId, r.Acronym, r.Title, r.LeadName, r.CallId, r.CallTitle))
            .ToList();
    }
}
