using System.Globalization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common.Concurrency;
using FundingPortal.Application.Documents;
using FundingPortal.Application.Labelling;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Committees.CloseCommitteeSession;

/// <summary>
/// Closes a session once every dossier of its agenda is voted: each vote's outcome becomes the dossier's labelling
/// decision through <see cref="LabellingDecisionRecorder"/> (the same guards as a decision recorded alone: every review
/// in, not decided yet), and the minutes are scheduled, all in one transaction: one refused decision closes nothing.
/// </summary>
public sealed class CloseCommitteeSession(IAppDbContext db, CommitteeSessions sessions, LabellingDecisionRecorder recorder, DocumentScheduler documents,
    RetryOnConflict retry, TimeProvider clock)
{
    public Task<Result<CommitteeSessionResponse>> Handle(Guid sessionId, CancellationToken ct) => retry.Run(() => Close(sessionId, ct));

    private async Task<Result<CommitteeSessionResponse>> Close(Guid sessionId, CancellationToken ct)
    {
        var found = await sessions.Find(sessionId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var session = found.Value;
        var closed = session.Close(clock.GetUtcNow());
        if (!closed.IsSuccess)
        {
            return closed.Error!;
        }

        foreach (var item in closed.Value)
        {
            var proposal = await db.Proposals.Include(p => p.Partners).FirstAsync(p => p.Id == item.ProposalId, ct);
            var decided = await recorder.Record(proposal, item.Outcome, item.Motivation ?? VoteAsMotivation(session, item), session.Id, ct);
            if (!decided.IsSuccess)
            {
                return decided.Error!.With("proposalId", proposal.Id).With("reference", proposal.Reference);
            }

            documents.Schedule(proposal.Id, DocumentKind.CommitteeMinutes);
        }

        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await sessions.Describe(session, ct) : saved.Error!;
    }

    /// <summary>The decision's motivation when the committee wrote none: the vote itself, in both languages of the minutes.</summary>
    private static string VoteAsMotivation(CommitteeSession session, AgendaItem item)
    {
        var day = session.StartsAt.LocalDateTime;
        return string.Create(CultureInfo.InvariantCulture,
            $"Décision du comité de labellisation (séance du {day:dd/MM/yyyy}) : {item.VotesFor} voix pour, {item.VotesAgainst} contre, {Count(item.Abstentions, "abstention", "abstentions")}. "
            + $"Labelling committee decision (session of {day:yyyy-MM-dd}): {item.VotesFor} for, {item.VotesAgainst} against, {item.Abstentions} {(item.Abstentions == 1 ? "abstention" : "abstentions")}.");
    }

    /// <summary>French counts 0 and 1 in the singular.</summary>
    private static string Count(int n, string one, string many) => string.Create(CultureInfo.InvariantCulture, $"{n} {(n is 0 or 1 ? one : many)}");
}
