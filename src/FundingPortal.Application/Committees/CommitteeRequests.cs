using FundingPortal.Application.Calls;
using FundingPortal.Domain.Labelling;

namespace FundingPortal.Application.Committees;

public sealed record ScheduleCommitteeSessionRequest(LocalTimeDto? StartsAt, string? Location, IReadOnlyList<Guid>? MemberUserIds, int? AuditionMinutes);

public sealed record RecusalRequest(Guid? UserId, Guid? ProposalId, string? Reason);

/// <param name="Motivation">Optional: becomes the labelling decision's motivation; without it the vote itself is written as the motivation.</param>
public sealed record CommitteeVoteRequest(Guid? ProposalId, LabellingOutcome? Outcome, int? VotesFor, int? VotesAgainst, int? Abstentions, string? Motivation);
