using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.InviteCommitteeMember;

/// <summary>
/// A manager invites an outside person (industry, a funder's representative) by e-mail to sit on a call's labelling
/// committee. Nothing happens until they accept; the answer is the same whether or not the address has an account.
/// </summary>
public sealed class InviteCommitteeMember(IAppDbContext db, ICurrentUser user, CommitteeSessions sessions, InvitationIssuer issuer, TimeProvider clock)
{
    public async Task<Result<InvitationCreatedResponse>> Handle(Guid callId, InvitationRequest request, CancellationToken ct)
    {
        if (!sessions.CallerIsManager || !await db.Calls.AnyAsync(c => c.Id == callId, ct))
        {
            return Error.NotFound("Call");
        }

        var now = clock.GetUtcNow();
        var created = Invitation.ToCommittee(callId, request.Email, user.UserId, user.Email, now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        return await issuer.Issue(created.Value, i => i.CallId == callId && i.Kind == InvitationKind.Committee,
            $"This committee already has {InvitationRules.MaxOpen} open invitations; revoke some first.", now, ct);
    }
}
