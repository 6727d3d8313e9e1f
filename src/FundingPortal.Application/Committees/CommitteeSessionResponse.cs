using FundingPortal.Application.Calls;
using FundingPortal.Domain.Committees;
using FundingPortal.Domain.Labelling;

namespace FundingPortal.Application.Committees;

public sealed record CommitteeMemberDto(Guid UserId, string Email);

/// <summary>A dossier of the agenda: its audition slot in the session's time zone and, once voted, the committee's vote.</summary>
public sealed record AgendaItemDto(
    int Position,
    Guid ProposalId,
    string Reference,
    string Acronym,
    string Title,
    InstantDto AuditionStartsAt,
    InstantDto AuditionEndsAt,
    int Voters,
    bool Voted,
    LabellingOutcome? Outcome,
    int VotesFor,
    int VotesAgainst,
    int Abstentions,
    string? Motivation,
    Guid? MinutesDocumentId);

public sealed record RecusalDto(Guid UserId, string Email, Guid ProposalId, string Reference, string Reason, bool Detected, DateTimeOffset RecordedAt);

public sealed record CommitteeSessionResponse(
    Guid Id,
    Guid CallId,
    string CallTitle,
    InstantDto StartsAt,
    string Location,
    int AuditionMinutes,
    CommitteeSessionStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<CommitteeMemberDto> Members,
    IReadOnlyList<AgendaItemDto> Agenda,
    IReadOnlyList<RecusalDto> Recusals);

public sealed record CommitteeSessionSummary(Guid Id, Guid CallId, InstantDto StartsAt, string Location, CommitteeSessionStatus Status, int AgendaCount,
    int VotedCount, DateTimeOffset? ClosedAt, string? CallTitle = null);
