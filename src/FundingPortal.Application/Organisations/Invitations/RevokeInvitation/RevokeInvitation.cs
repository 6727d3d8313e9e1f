using FundingPortal.Application.Common;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.Invitations.RevokeInvitation;

/// <summary>
/// Withdraws an invitation before it is answered: an organisation's invitation by any of its members, a partner
/// invitation by a member of the dossier's lead organisation. Anyone else is told it does not exist.
/// </summary>
public sealed class RevokeInvitation(IAppDbContext db, ICurrentUser user, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result> Handle(Guid invitationId, CancellationToken ct) => retry.Run(() => Revoke(invitationId, ct));

    private async Task<Result> Revoke(Guid invitationId, CancellationToken ct)
    {
        var invitation = await db.Invitations.FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null || !await MayRevoke(invitation, ct))
        {
            return Error.NotFound("Invitation");
        }

        var revoked = invitation.Revoke(user.UserId, clock.GetUtcNow());
        if (!revoked.IsSuccess)
        {
            return revoked;
        }

        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return Result.Success();
    }

    private async Task<bool> MayRevoke(Invitation invitation, CancellationToken ct)
    {
        if (invitation.Kind == InvitationKind.Committee)
        {
            return user.IsInRole(Roles.ClusterManager);
        }

        if (user.OrganisationId is not { } mine)
        {
            return false;
        }

        return invitation.Kind == InvitationKind.Organisation
            ? invitation.OrganisationId == mine
            : await db.Proposals.AnyAsync(p => p.Id == invitation.ProposalId && p.LeadOrganisationId == mine, ct);
    }
}
