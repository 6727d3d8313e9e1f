using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.Invitations.InviteColleague;

/// <summary>
/// A member invites someone by e-mail to join the organisation. The answer never says whether the address has an
/// account or already belongs somewhere; the invitee decides by accepting.
/// </summary>
public sealed class InviteColleague(IAppDbContext db, ICurrentUser user, InvitationIssuer issuer, TimeProvider clock)
{
    public async Task<Result<InvitationCreatedResponse>> Handle(Guid organisationId, InvitationRequest request, CancellationToken ct)
    {
        if (user.OrganisationId is null || !await db.Organisations.AnyAsync(o => o.Id == organisationId, ct))
        {
            return Error.NotFound("Organisation");
        }

        if (user.OrganisationId != organisationId)
        {
            return Error.Forbidden("Only members of this organisation can invite colleagues.");
        }

        var now = clock.GetUtcNow();
        var created = Invitation.ToOrganisation(organisationId, request.Email, user.UserId, user.Email, now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        return await issuer.Issue(created.Value, i => i.OrganisationId == organisationId && i.Kind == InvitationKind.Organisation,
            $"This organisation already has {InvitationRules.MaxOpen} open invitations; revoke some first.", now, ct);
    }
}
