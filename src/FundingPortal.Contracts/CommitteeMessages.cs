namespace FundingPortal.Contracts;

/// <summary>
/// A dossier was put on a labelling committee's agenda: its consortium is told the audition slot
/// (<paramref name="AuditionStartsAt"/> to <paramref name="AuditionEndsAt"/>, shown in <paramref name="TimeZone"/>) and the place.
/// </summary>
public sealed record CommitteeAuditionScheduled(Guid CommitteeSessionId, Guid ProposalId, string Reference, string Acronym, int Position, DateTimeOffset AuditionStartsAt,
    DateTimeOffset AuditionEndsAt, string TimeZone, string Location, DateTimeOffset ScheduledAt);
