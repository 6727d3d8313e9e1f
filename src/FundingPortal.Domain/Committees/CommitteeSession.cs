using FundingPortal.Domain.Common;
using FundingPortal.Domain.Labelling;

namespace FundingPortal.Domain.Committees;

/// <summary>
/// A labelling committee's session for one call: its members, an agenda of the reviewed dossiers in ranking order with
/// audition slots, recusals, one vote per dossier; closing it hands each outcome over as the dossier's labelling decision.
/// </summary>
public sealed class CommitteeSession : Entity
{
    public const int MaxLocationLength = 200;
    public const int MinAuditionMinutes = 5;
    public const int MaxAuditionMinutes = 240;
    public const int MaxMembers = 50;

    private readonly List<CommitteeMember> _members = [];
    private readonly List<AgendaItem> _agenda = [];
    private readonly List<Recusal> _recusals = [];

    private CommitteeSession()
    {
    }

    public Guid CallId { get; private set; }
    public LocalInstant StartsAt { get; private set; } = null!;
    public string Location { get; private set; } = string.Empty;
    public int AuditionMinutes { get; private set; }
    public CommitteeSessionStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public int ConcurrencyVersion { get; private set; }

    public IReadOnlyList<CommitteeMember> Members => _members;
    public IReadOnlyList<AgendaItem> Agenda => _agenda;
    public IReadOnlyList<Recusal> Recusals => _recusals;

    /// <summary>
    /// Schedules a session: one audition slot of <paramref name="auditionMinutes"/> per dossier, back to back from the
    /// start, in the order given (the call's ranking). Every input error is reported at once, by field.
    /// </summary>
    public static Result<CommitteeSession> Schedule(Guid callId, LocalInstant startsAt, string? location, IReadOnlyCollection<Guid> memberUserIds,
        int auditionMinutes, IReadOnlyList<Guid> rankedProposalIds, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (startsAt.Utc <= now)
        {
            errors["startsAt"] = ["The session starts in the future."];
        }

        if (string.IsNullOrWhiteSpace(location) || location.Trim().Length > MaxLocationLength)
        {
            errors["location"] = [$"The location is required ({MaxLocationLength} characters at most)."];
        }

        if (memberUserIds.Count == 0 || memberUserIds.Count > MaxMembers || memberUserIds.Distinct().Count() != memberUserIds.Count)
        {
            errors["memberUserIds"] = [$"Between 1 and {MaxMembers} members, each named once."];
        }

        if (auditionMinutes is < MinAuditionMinutes or > MaxAuditionMinutes)
        {
            errors["auditionMinutes"] = [$"An audition lasts {MinAuditionMinutes} to {MaxAuditionMinutes} minutes."];
        }

        if (errors.Count > 0)
        {
            return Error.Validation("validation_failed", "The session cannot be scheduled as entered.", errors);
        }

        if (rankedProposalIds.Count == 0)
        {
            return Error.Rule("empty_agenda", "The call has no reviewed dossier awaiting the committee's decision.");
        }

        var session = new CommitteeSession
        {
            CallId = callId,
            StartsAt = startsAt,
            Location = location!.Trim(),
            AuditionMinutes = auditionMinutes,
            Status = CommitteeSessionStatus.Scheduled,
            CreatedAt = now,
            ConcurrencyVersion = 1,
        };
        session._members.AddRange(memberUserIds.Select(u => new CommitteeMember(session.Id, u)));
        var slot = TimeSpan.FromMinutes(auditionMinutes);
        for (var i = 0; i < rankedProposalIds.Count; i++)
        {
            var starts = startsAt.Utc + (slot * i);
            session._agenda.Add(new AgendaItem(session.Id, rankedProposalIds[i], i + 1, starts, starts + slot));
        }

        return session;
    }

    /// <summary>A member joins a session already scheduled (they must be allowed to sit, which the use case checks). Adding them twice changes nothing.</summary>
    public Result AddMember(Guid userId)
    {
        var open = EnsureOpen();
        if (!open.IsSuccess || IsMember(userId))
        {
            return open;
        }

        if (_members.Count >= MaxMembers)
        {
            return Error.Field("userId", "validation_failed", $"A session has {MaxMembers} members at most.");
        }

        _members.Add(new CommitteeMember(Id, userId));
        ConcurrencyVersion++;
        return Result.Success();
    }

    public bool IsMember(Guid userId) => _members.Any(m => m.UserId == userId);

    public bool IsRecused(Guid userId, Guid proposalId) => _recusals.Any(r => r.UserId == userId && r.ProposalId == proposalId);

    public AgendaItem? ItemOf(Guid proposalId) => _agenda.FirstOrDefault(a => a.ProposalId == proposalId);

    /// <summary>A member leaves the room for a dossier on the agenda. Recording the same recusal twice changes nothing.</summary>
    public Result Recuse(Guid userId, Guid proposalId, string? reason, bool detected, DateTimeOffset now)
    {
        var open = EnsureOpen();
        if (!open.IsSuccess)
        {
            return open;
        }

        if (!IsMember(userId))
        {
            return Error.NotFound("Committee member");
        }

        var item = ItemOf(proposalId);
        if (item is null)
        {
            return Error.NotFound("Agenda item");
        }

        if (item.IsVoted && !IsRecused(userId, proposalId))
        {
            return Error.Conflict("already_voted", "The committee has already voted on this dossier: a member leaves the room before the vote.");
        }

        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1_000)
        {
            return Error.Field("reason", "validation_failed", "The reason for the recusal is required (1,000 characters at most).");
        }

        if (!IsRecused(userId, proposalId))
        {
            _recusals.Add(new Recusal(Id, userId, proposalId, reason.Trim(), detected, now));
            ConcurrencyVersion++;
        }

        return Result.Success();
    }

    /// <summary>
    /// Records the committee's vote on a dossier of the agenda (again, before closing, if the committee votes again).
    /// Only the members present for it vote: the recused ones are not counted.
    /// </summary>
    public Result RecordVote(Guid proposalId, LabellingOutcome outcome, CommitteeVote vote, DateTimeOffset now, string? motivation = null)
    {
        var open = EnsureOpen();
        if (!open.IsSuccess)
        {
            return open;
        }

        var item = ItemOf(proposalId);
        if (item is null)
        {
            return Error.NotFound("Agenda item");
        }

        var voters = VotersFor(proposalId);
        if (vote.For < 0 || vote.Against < 0 || vote.Abstentions < 0 || vote.Total > voters)
        {
            return Error.Validation("invalid_vote",
                $"Votes for, against and abstentions are counts of 0 or more, {voters} in all at most (the members not recused for this dossier).",
                new Dictionary<string, string[]> { ["votesFor"] = [$"At most {voters} votes in all."] });
        }

        if (!Enum.IsDefined(outcome))
        {
            return Error.Field("outcome", "validation_failed", "outcome is Labelled, NotLabelled or Deferred.");
        }

        if (motivation?.Trim().Length > LabellingDecision.MaxMotivationLength)
        {
            return Error.Field("motivation", "validation_failed", $"The motivation has {LabellingDecision.MaxMotivationLength} characters at most.");
        }

        item.RecordVote(outcome, vote, string.IsNullOrWhiteSpace(motivation) ? null : motivation.Trim(), now);
        ConcurrencyVersion++;
        return Result.Success();
    }

    public int VotersFor(Guid proposalId) => _members.Count(m => !IsRecused(m.UserId, proposalId));

    /// <summary>Closes the session once every dossier of the agenda is voted; the outcomes then become labelling decisions.</summary>
    public Result<IReadOnlyList<AgendaItem>> Close(DateTimeOffset now)
    {
        var open = EnsureOpen();
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var unvoted = _agenda.Where(a => !a.IsVoted).OrderBy(a => a.Position).Select(a => a.ProposalId).ToList();
        if (unvoted.Count > 0)
        {
            return Error.Rule("votes_missing", $"Every dossier of the agenda needs a recorded vote before the session closes; missing: {unvoted.Count}.").With("proposalIds", unvoted);
        }

        Status = CommitteeSessionStatus.Closed;
        ClosedAt = now;
        ConcurrencyVersion++;
        return _agenda.OrderBy(a => a.Position).ToList();
    }

    private Result EnsureOpen() =>
        Status == CommitteeSessionStatus.Closed ? Error.Conflict("session_closed", "This committee session is closed; its minutes are final.") : Result.Success();
}
