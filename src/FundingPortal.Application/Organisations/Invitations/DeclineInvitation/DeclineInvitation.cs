using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Reviews;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Organisations.Invitations.DeclineInvitation;

/// <summary>The invitee says no; the senders see the invitation leave their pending list.</summary>
public sealed class DeclineInvitation(InvitationForInvitee invitations, IAppDbContext db, ICurrentUser user, RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result> Handle(Guid invitationId, CancellationToken ct) => retry.Run(() => Decline(invitationId, ct));

    private async Task<Result> Decline(Guid invitationId, CancellationToken ct)
    {
        var loaded = await invitations.Load(invitationId, "declining an invitation", ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var declined = loaded.Value.Decline(user.UserId, clock.GetUtcNow());
        if (!declined.IsSuccess)
        {
            return declined;
        }

        var saved = await db.TrySaveChangesAsync(ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        return Result.Success();
    }
}
