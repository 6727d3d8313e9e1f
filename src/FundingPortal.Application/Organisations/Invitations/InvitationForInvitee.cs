using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Accounts;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.Invitations;

/// <summary>
/// Loads an invitation for the person answering it: one addressed to another address does not exist for them (404),
/// and only the confirmed owner of the address may answer.
/// </summary>
public sealed class InvitationForInvitee(IAppDbContext db, ICurrentUser user, IUserDirectory users)
{
    public async Task<Result<Invitation>> Load(Guid invitationId, string action, CancellationToken ct)
    {
        var me = await users.FindByIdAsync(user.UserId, ct);
        var invitation = me is null ? null : await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null || !invitation.IsAddressedTo(me!.Email))
        {
            return Error.NotFound("Invitation");
        }

        var confirmed = EmailConfirmationGate.Check(me, action);
        return confirmed.IsSuccess ? invitation : confirmed.Error!;
    }
}
