using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Evaluation.GetEvaluation;

/// <summary>
/// Who reads a dossier's evaluation: managers always, with names (the managers of a cluster asked to co-label, anonymised); an assigned expert once their own review is
/// submitted (403 <c>own_review_pending</c> before), anonymised; the consortium, and the officers of a funder asked to
/// fund the dossier, once the committee has decided (403 <c>evaluation_not_published</c> before), anonymised. Whoever cannot see the dossier gets a 404,
/// and so does a manager recused from it in a committee session still open.
/// </summary>
public sealed class GetEvaluation(IAppDbContext db, ICurrentUser user, ProposalContextLoader loader, ProposalAccess access, EvaluationBuilder builder)
{
    public async Task<Result<EvaluationDto>> Handle(Guid proposalId, CancellationToken ct)
    {
        var proposal = await loader.LoadProposal(proposalId, track: false, ct);
        if (proposal is null)
        {
            return ProposalAccess.Hidden();
        }

        var relation = await access.RelationTo(proposal, ct);
        switch (relation)
        {
            case ProposalRelation.None:
                return ProposalAccess.Hidden();
            case ProposalRelation.AssignedExpert:
                var ownSubmitted = await db.ReviewAssignments.AnyAsync(a => a.ProposalId == proposalId && a.ExpertId == user.ExpertId
                    && a.Status == AssignmentStatus.Submitted, ct);
                if (!ownSubmitted)
                {
                    return Error.Forbidden("Other reviews are shown once you have submitted your own.") with { Code = "own_review_pending" };
                }

                break;
            case ProposalRelation.LeadMember or ProposalRelation.PartnerMember or ProposalRelation.FunderOfficer:
                if (!EvaluationBuilder.IsDecided(proposal.Status))
                {
                    return Error.Forbidden("The evaluation is published once the labelling committee has decided.") with { Code = "evaluation_not_published" };
                }

                break;
            case ProposalRelation.Manager or ProposalRelation.CoLabellingManager:
                if (await RecusedInAnOpenSession(proposalId, ct))
                {
                    return ProposalAccess.Hidden();
                }

                break;
            default:
                return Error.Forbidden("The evaluation is not shown to you.");
        }

        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, ct);
        var identity = relation == ProposalRelation.Manager ? ReviewerIdentity.Named : ReviewerIdentity.Anonymous;
        return await builder.Build(proposal, call, identity, relation == ProposalRelation.AssignedExpert ? user.ExpertId : null, ct);
    }

    /// <summary>A committee member who left the room for this dossier does not read its evaluation while the session is open.</summary>
    private Task<bool> RecusedInAnOpenSession(Guid proposalId, CancellationToken ct) =>
        db.CommitteeSessions.AnyAsync(s => s.Status == CommitteeSessionStatus.Scheduled
            && s.Recusals.Any(r => r.UserId == user.UserId && r.ProposalId == proposalId), ct);
}
