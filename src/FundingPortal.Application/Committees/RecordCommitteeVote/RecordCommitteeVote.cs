using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;

namespace FundingPortal.Application.Committees.RecordCommitteeVote;

/// <summary>
/// A manager records the committee's show of hands on a dossier of the agenda: the outcome and the counts, which cannot
/// exceed the members present for it (a recused member is not). A new vote before the close replaces the previous one.
/// </summary>
public sealed class RecordCommitteeVote(IAppDbContext db, CommitteeSessions sessions, IAuditTrail audit, TimeProvider clock)
{
    public async Task<Result<CommitteeSessionResponse>> Handle(Guid sessionId, CommitteeVoteRequest request, CancellationToken ct)
    {
        var found = await sessions.Find(sessionId, track: true, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var fields = new Dictionary<string, string[]>();
        Require(fields, "proposalId", request.ProposalId is not null, "The dossier of the agenda is required.");
        Require(fields, "outcome", request.Outcome is not null, "outcome is Labelled, NotLabelled or Deferred.");
        Require(fields, "votesFor", request.VotesFor is not null, "The number of votes for is required (0 or more).");
        Require(fields, "votesAgainst", request.VotesAgainst is not null, "The number of votes against is required (0 or more).");
        Require(fields, "abstentions", request.Abstentions is not null, "The number of abstentions is required (0 or more).");
        if (fields.Count > 0)
        {
            return Error.Validation("validation_failed", "The vote cannot be recorded as entered.", fields);
        }

        var session = found.Value;
        var vote = new CommitteeVote(request.VotesFor!.Value, request.VotesAgainst!.Value, request.Abstentions!.Value);
        var recorded = session.RecordVote(request.ProposalId!.Value, request.Outcome!.Value, vote, clock.GetUtcNow(), request.Motivation);
        if (!recorded.IsSuccess)
        {
            return recorded.Error!;
        }

        await audit.RecordAsync(AuditStreams.Proposal, request.ProposalId.Value, "committee_vote_recorded", null, null,
            new { committeeSessionId = session.Id, outcome = request.Outcome.ToString(), votesFor = vote.For, votesAgainst = vote.Against, abstentions = vote.Abstentions },
            ct);
        var saved = await db.TrySaveChangesAsync(ct);
        return saved.IsSuccess ? await sessions.Describe(session, ct) : saved.Error!;
    }

    private static void Require(Dictionary<string, string[]> fields, string field, bool present, string message)
    {
        if (!present)
        {
            fields[field] = [message];
        }
    }
}
