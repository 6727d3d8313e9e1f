using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Organisations.Invitations;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.InvitePartner;

/// <summary>
/// The lead invites a person by e-mail, registered or not, to bring their organisation into the consortium while the
/// dossier can still be edited (after the deadline, while a correction request names the partners). The dossier itself changes only when the invitee accepts.
/// </summary>
public sealed class InvitePartner(ProposalContextLoader loader, ProposalAccess access, ICurrentUser user, InvitationIssuer issuer, TimeProvider clock)
{
    public async Task<Result<InvitationCreatedResponse>> Handle(Guid proposalId, PartnerInvitationRequest request, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: false, ct);
        var relation = proposal is null ? ProposalRelation.None : await access.RelationTo(proposal, ct);
        if (relation == ProposalRelation.None)
        {
            return ProposalAccess.Hidden();
        }

        if (relation != ProposalRelation.LeadMember)
        {
            return Error.Forbidden("Only the lead partner invites partners.");
        }

        var now = clock.GetUtcNow();
        var context = await loader.Complete(proposal!, ct);
        var editable = proposal!.EnsurePartnersEditable(context.Call, now);
        if (!editable.IsSuccess)
        {
            return editable.Error!;
        }

        var created = Invitation.ToPartner(proposalId, request.Email, request.OrganisationName, user.UserId, user.Email, now);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        return await issuer.Issue(created.Value, i => i.ProposalId == proposalId,
            $"This dossier already has {InvitationRules.MaxOpen} open partner invitations; revoke some first.", now, ct);
    }
}
