using FundingPortal.Domain.Documents;
using FundingPortal.Domain.Labelling;

namespace FundingPortal.Application.Documents;

/// <summary>"Procès-verbal du comité de labellisation": members, recusals, the vote and outcome on each dossier of the agenda.</summary>
public sealed record CommitteeMinutesModel : DocumentModel
{
    public override DocumentKind Kind => DocumentKind.CommitteeMinutes;

    public override string DocumentKey => $"committee-minutes/{SessionId:N}";

    public required Guid SessionId { get; init; }
    public required string ClusterName { get; init; }
    public required string CallTitle { get; init; }
    public required string CallProgramme { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required string TimeZone { get; init; }
    public required string Location { get; init; }
    public required int AuditionMinutes { get; init; }
    public required DateTimeOffset ClosedAt { get; init; }
    public required IReadOnlyList<string> Members { get; init; }
    public required IReadOnlyList<MinutesRecusal> Recusals { get; init; }
    public required IReadOnlyList<MinutesItem> Items { get; init; }
}

public sealed record MinutesRecusal(string Member, string Reference, string Acronym, string Reason);

public sealed record MinutesItem(int Position, ProjectIdentity Project, DateTimeOffset AuditionStartsAt, int Voters, LabellingOutcome Outcome, int VotesFor,
    int VotesAgainst, int Abstentions, string Motivation, string? CertificateNumber);
