using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Labelling;

namespace FundingPortal.Domain.UnitTests.Committees;

public sealed class CommitteeSessionTests
{
    private static readonly DateTimeOffset Now = new(2027, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly LocalInstant Starts = LocalInstant.Parse("2027-11-25T14:00:00", "Europe/Paris").Value;
    private static readonly Guid Chair = Guid.NewGuid();
    private static readonly Guid External = Guid.NewGuid();
    private static readonly Guid Third = Guid.NewGuid();

    private static (CommitteeSession Session, Guid First, Guid Second) Scheduled()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var session = CommitteeSession.Schedule(Guid.NewGuid(), Starts, " Salle du conseil, Rennes ", [Chair, External, Third], 20, [first, second], Now);
        Assert.True(session.IsSuccess, session.Error?.Message);
        return (session.Value, first, second);
    }

    [Fact]
    public void The_agenda_follows_the_ranking_with_back_to_back_audition_slots_from_the_start_in_Paris_time()
    {
        var (session, first, second) = Scheduled();

        Assert.Equal([first, second], session.Agenda.OrderBy(a => a.Position).Select(a => a.ProposalId));
        var slot1 = session.Agenda.Single(a => a.ProposalId == first);
        var slot2 = session.Agenda.Single(a => a.ProposalId == second);
        Assert.Equal(new DateTimeOffset(2027, 11, 25, 13, 0, 0, TimeSpan.Zero), slot1.AuditionStartsAt);
        Assert.Equal(slot1.AuditionEndsAt, slot2.AuditionStartsAt);
        Assert.Equal(TimeSpan.FromMinutes(20), slot2.AuditionEndsAt - slot2.AuditionStartsAt);
        Assert.Equal("Salle du conseil, Rennes", session.Location);
    }

    [Fact]
    public void Every_scheduling_error_is_named_at_once()
    {
        var past = LocalInstant.Parse("2027-10-01T14:00:00", "Europe/Paris").Value;

        var refused = CommitteeSession.Schedule(Guid.NewGuid(), past, " ", [Chair, Chair], 2, [Guid.NewGuid()], Now);

        Assert.Equal(["auditionMinutes", "location", "memberUserIds", "startsAt"], refused.Error!.FieldErrors!.Keys.Order());
        Assert.Equal("empty_agenda", CommitteeSession.Schedule(Guid.NewGuid(), Starts, "Rennes", [Chair], 20, [], Now).Error!.Code);
    }

    [Fact]
    public void A_recused_member_does_not_count_among_the_voters_of_that_dossier_only()
    {
        var (session, first, second) = Scheduled();

        Assert.True(session.Recuse(External, first, "Ancien salarié du chef de file.", detected: true, Now).IsSuccess);
        Assert.True(session.Recuse(External, first, "Déclaré deux fois.", detected: false, Now).IsSuccess);

        Assert.Single(session.Recusals);
        Assert.True(session.IsRecused(External, first));
        Assert.False(session.IsRecused(External, second));
        Assert.Equal((2, 3), (session.VotersFor(first), session.VotersFor(second)));
        Assert.Equal("invalid_vote", session.RecordVote(first, LabellingOutcome.Labelled, new CommitteeVote(2, 0, 1), Now).Error!.Code);
        Assert.True(session.RecordVote(first, LabellingOutcome.Labelled, new CommitteeVote(2, 0, 0), Now).IsSuccess);
        Assert.True(session.RecordVote(second, LabellingOutcome.Deferred, new CommitteeVote(1, 1, 1), Now).IsSuccess);
    }

    [Fact]
    public void Votes_and_recusals_name_only_what_is_on_the_agenda_and_in_the_committee()
    {
        var (session, first, _) = Scheduled();

        Assert.Equal(ErrorKind.NotFound, session.RecordVote(Guid.NewGuid(), LabellingOutcome.Labelled, new CommitteeVote(3, 0, 0), Now).Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, session.Recuse(Guid.NewGuid(), first, "Inconnu.", detected: false, Now).Error!.Kind);
        Assert.Equal(ErrorKind.NotFound, session.Recuse(Chair, Guid.NewGuid(), "Hors ordre du jour.", detected: false, Now).Error!.Kind);
        Assert.Equal("invalid_vote", session.RecordVote(first, LabellingOutcome.Labelled, new CommitteeVote(-1, 0, 0), Now).Error!.Code);
    }

    [Fact]
    public void Closing_needs_a_vote_on_every_dossier_then_hands_over_the_outcomes_and_freezes_the_session()
    {
        var (session, first, second) = Scheduled();
        session.RecordVote(first, LabellingOutcome.NotLabelled, new CommitteeVote(0, 3, 0), Now);

        var refused = session.Close(Now);
        Assert.Equal(("votes_missing", ErrorKind.BusinessRule), (refused.Error!.Code, refused.Error.Kind));
        Assert.Equal([second], (IEnumerable<Guid>)refused.Error.Extensions!["proposalIds"]!);

        session.RecordVote(first, LabellingOutcome.Labelled, new CommitteeVote(3, 0, 0), Now);
        session.RecordVote(second, LabellingOutcome.Deferred, new CommitteeVote(2, 1, 0), Now);
        var closed = session.Close(Now.AddHours(3));

        Assert.Equal([(first, LabellingOutcome.Labelled), (second, LabellingOutcome.Deferred)], closed.Value.Select(a => (a.ProposalId, a.Outcome!.Value)));
        Assert.Equal((CommitteeSessionStatus.Closed, Now.AddHours(3)), (session.Status, session.ClosedAt!.Value));
        Assert.Equal("session_closed", session.RecordVote(first, LabellingOutcome.NotLabelled, new CommitteeVote(0, 3, 0), Now).Error!.Code);
        Assert.Equal("session_closed", session.Recuse(Chair, first, "Trop tard.", detected: false, Now).Error!.Code);
        Assert.Equal("session_closed", session.Close(Now).Error!.Code);
    }

    [Fact]
    public void A_member_leaves_the_room_before_the_vote_not_after_it()
    {
        var (session, first, _) = Scheduled();
        session.RecordVote(first, LabellingOutcome.Labelled, new CommitteeVote(3, 0, 0), Now);

        Assert.Equal("already_voted", session.Recuse(Third, first, "Conflit découvert après le vote.", detected: false, Now).Error!.Code);
    }

    [Fact]
    public void A_vote_keeps_its_motivation_trimmed_and_refuses_an_unknown_outcome()
    {
        var (session, first, _) = Scheduled();

        Assert.Equal("validation_failed", session.RecordVote(first, (LabellingOutcome)42, new CommitteeVote(3, 0, 0), Now).Error!.Code);
        Assert.True(session.RecordVote(first, LabellingOutcome.Deferred, new CommitteeVote(1, 2, 0), Now, "  À retravailler.  ").IsSuccess);
        Assert.Equal("À retravailler.", session.ItemOf(first)!.Motivation);
    }
}
