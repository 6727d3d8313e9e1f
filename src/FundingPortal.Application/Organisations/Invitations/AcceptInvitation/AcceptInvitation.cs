using FundingPortal.Application.Common;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reviews;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Organisations.Invitations.AcceptInvitation;

/// <summary>
/// The invitee says yes. An organisation invitation makes them a member and an Applicant; a partner invitation makes
/// their organisation a partner of the dossier, with an empty budget, under the dossier's version and audit chain.
/// Either everything is saved or nothing: a racing change is retried from fresh data.
/// </summary>
public sealed class AcceptInvitation(InvitationForInvitee invitations, ICurrentUser user, Membership membership, ProposalEditor editor,
    ITransactionRunner transactions, RetryOnConflict retry, TimeProvider clock, IUserDirectory users)
{
    public Task<Result<InvitationAnswerResponse>> Handle(Guid invitationId, CancellationToken ct) => retry.Run(() => Accept(invitationId, ct));

    private async Task<Result<InvitationAnswerResponse>> Accept(Guid invitationId, CancellationToken ct)
    {
        var loaded = await invitations.Load(invitationId, "accepting an invitation", ct);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var invitation = loaded.Value;
        var open = invitation.EnsureOpenAt(clock.GetUtcNow());
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        return invitation.Kind switch
        {
            InvitationKind.Organisation => await JoinOrganisation(invitation, ct),
            InvitationKind.Committee => await JoinCommittee(invitation, ct),
            _ => await JoinConsortium(invitation, ct),
        };
    }

    /// <summary>The invitee becomes a named committee member: the role, and the accepted invitation that names the call.</summary>
    private Task<Result<InvitationAnswerResponse>> JoinCommittee(Invitation invitation, CancellationToken ct) =>
        transactions.RunAsync<InvitationAnswerResponse>(async innerCt =>
        {
            var accepted = invitation.Accept(user.UserId, clock.GetUtcNow());
            if (!accepted.IsSuccess)
            {
                return accepted.Error!;
            }

            await users.AddRoleAsync(user.UserId, Roles.CommitteeMember, innerCt);
            return new InvitationAnswerResponse(invitation.Id, invitation.Kind, invitation.Status, null, null, invitation.CallId);
        }, ct);

    private async Task<Result<InvitationAnswerResponse>> JoinOrganisation(Invitation invitation, CancellationToken ct)
    {
        var organisationId = invitation.OrganisationId!.Value;
        if (user.OrganisationId is { } current && current != organisationId)
        {
            return Membership.MemberElsewhere();
        }

        return await transactions.RunAsync<InvitationAnswerResponse>(async innerCt =>
        {
            if (user.OrganisationId is null)
            {
                var joined = await membership.Join(user.UserId, organisationId, innerCt);
                if (!joined.IsSuccess)
                {
                    return Membership.MemberElsewhere();
                }
            }

            var accepted = invitation.Accept(user.UserId, clock.GetUtcNow());
            return accepted.IsSuccess ? Answer(invitation, organisationId) : accepted.Error!;
        }, ct);
    }

    private async Task<Result<InvitationAnswerResponse>> JoinConsortium(Invitation invitation, CancellationToken ct)
    {
        if (user.OrganisationId is not { } organisationId)
        {
            return Error.Conflict("organisation_required",
                "Create your organisation, or join it, before accepting: it is your organisation that becomes a partner of the dossier.");
        }

        var edited = await editor.EditByInvitation(invitation.ProposalId!.Value, "partner_added", (c, now) =>
            {
                var added = c.Proposal.AddPartner(organisationId, c.Call, now);
                return added.IsSuccess ? invitation.AcceptAsPartner(user.UserId, organisationId, now) : added;
            },
            new { organisationId, invitationId = invitation.Id, invitedBy = PersonalField.Of(invitation.InvitedByEmail, invitation.InvitedByUserId) }, ct);
        if (!edited.IsSuccess)
        {
            // The dossier may have been deleted meanwhile: the invitation is then out of date, not a hidden dossier.
            return edited.Error!.Kind == ErrorKind.NotFound ? Error.Validation("invitation_expired", "The dossier of this invitation no longer exists.") : edited.Error!;
        }

        return Answer(invitation, organisationId);
    }

    private static InvitationAnswerResponse Answer(Invitation invitation, Guid organisationId) =>
        new(invitation.Id, invitation.Kind, invitation.Status, organisationId, invitation.ProposalId);
}
