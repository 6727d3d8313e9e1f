using FundingPortal.Domain.Labelling;

namespace FundingPortal.Domain.Committees;

/// <summary>A dossier on a session's agenda, in ranking order, with its audition slot and, once voted, the committee's vote.</summary>
public sealed class AgendaItem
{
    private AgendaItem()
    {
    }

    internal AgendaItem(Guid sessionId, Guid proposalId, int position, DateTimeOffset auditionStartsAt, DateTimeOffset auditionEndsAt)
    {
        SessionId = sessionId;
        ProposalId = proposalId;
        Position = position;
        AuditionStartsAt = auditionStartsAt;
        AuditionEndsAt = auditionEndsAt;
    }

    public Guid SessionId { get; private set; }
    public Guid ProposalId { get; private set; }
    public int Position { get; private set; }
    public DateTimeOffset AuditionStartsAt { get; private set; }
    public DateTimeOffset AuditionEndsAt { get; private set; }
    public LabellingOutcome? Outcome { get; private set; }
    public int VotesFor { get; private set; }
    public int VotesAgainst { get; private set; }
    public int Abstentions { get; private set; }
    public DateTimeOffset? VotedAt { get; private set; }

    /// <summary>The committee's written motivation, which becomes the labelling decision's; null when the vote alone says it.</summary>
    public string? Motivation { get; private set; }

    public bool IsVoted => Outcome is not null;

    internal void RecordVote(LabellingOutcome outcome, CommitteeVote vote, string? motivation, DateTimeOffset now)
    {
        Motivation = motivation;
        Outcome = outcome;
        VotesFor = vote.For;
        VotesAgainst = vote.Against;
        Abstentions = vote.Abstentions;
        VotedAt = now;
    }
}
