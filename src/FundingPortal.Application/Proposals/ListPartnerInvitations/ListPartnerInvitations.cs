using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.ListPartnerInvitations;

/// <summary>The open partner invitations of a dossier, for its lead (and managers).</summary>
public sealed class ListPartnerInvitations(IAppDbContext db, ProposalContextLoader loader, ProposalAccess access, TimeProvider clock)
{
    public async Task<Result<IReadOnlyList<SentInvitationResponse>>> Handle(Guid proposalId, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: false, ct);
        var relation = proposal is null ? ProposalRelation.None : await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        if (relation is not (ProposalRelation.LeadMember or ProposalRelation.Manager))
        {
            return Error.Forbidden("Only the lead partner sees the dossier's partner invitations.");
        }

        var now = clock.GetUtcNow();
        return await db.Invitations.AsNoTracking()
            .Where(i => i.ProposalId == proposalId && i.Status == InvitationStatus.Pending && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new SentInvitationResponse(i.Id, i.Email, i.OrganisationName, i.InvitedByEmail, i.CreatedAt, i.ExpiresAt, i.EmailedAt != null))
            .ToListAsync(ct);
    }
}
