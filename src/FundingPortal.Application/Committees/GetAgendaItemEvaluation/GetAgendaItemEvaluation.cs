using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals;
using FundingPortal.Application.Reviews.Evaluation;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.GetAgendaItemEvaluation;

/// <summary>
/// The evaluation of a dossier on a session's agenda, as the committee reads it: named reviewers for managers, anonymised
/// for external members, who read it only while the session is open. A member recused from the dossier gets 404, as for
/// a dossier not on the agenda: during the session that dossier does not exist for them.
/// </summary>
public sealed class GetAgendaItemEvaluation(IAppDbContext db, ICurrentUser user, CommitteeSessions sessions, ProposalContextLoader loader, EvaluationBuilder builder)
{
    public async Task<Result<EvaluationDto>> Handle(Guid sessionId, Guid proposalId, CancellationToken ct)
    {
        var found = await sessions.FindForReader(sessionId, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var session = found.Value;
        var hidden = session.ItemOf(proposalId) is null || session.IsRecused(user.UserId, proposalId)
            || (!sessions.CallerIsManager && session.Status == CommitteeSessionStatus.Closed);
        var proposal = hidden ? null : await loader.LoadProposal(proposalId, track: false, ct);
        if (proposal is null)
        {
            return Error.NotFound("Agenda item");
        }

        var call = await db.Calls.AsNoTracking().FirstAsync(c => c.Id == proposal.CallId, ct);
        return await builder.Build(proposal, call, sessions.CallerIsManager ? ReviewerIdentity.Named : ReviewerIdentity.Anonymous, null, ct);
    }
}
