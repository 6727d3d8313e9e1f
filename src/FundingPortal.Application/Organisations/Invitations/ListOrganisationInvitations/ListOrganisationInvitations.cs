using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Organisations.Invitations.ListOrganisationInvitations;

/// <summary>The organisation's invitations still waiting for an answer, for its members.</summary>
public sealed class ListOrganisationInvitations(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<SentInvitationResponse>>> Handle(Guid organisationId, CancellationToken ct)
    {
        if (user.OrganisationId != organisationId)
        {
            return Error.NotFound("Organisation");
        }

        var now = clock.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .Where(i => i.OrganisationId == organisationId && i.Kind == InvitationKind.Organisation && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new SentInvitationResponse(i.Id, i.Email, null, i.InvitedByEmail, i.CreatedAt, i.ExpiresAt, i.EmailedAt != null))
            .ToListAsync(ct);
    }
}
