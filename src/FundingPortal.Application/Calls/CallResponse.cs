using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Organisations;

namespace FundingPortal.Application.Calls;

public sealed record InstantDto(DateTime LocalDateTime, string TimeZone, DateTimeOffset Utc)
{
    public static InstantDto From(LocalInstant i) => new(i.LocalDateTime, i.TimeZone, i.Utc);
}

public sealed record TimelineDto(InstantDto OpensAt, InstantDto SubmissionDeadline, InstantDto ReviewDeadline, InstantDto CommitteeDate,
    InstantDto FundingDecisionDeadline);

public sealed record PreProposalResponse(InstantDto Deadline, int? MaxPages);

public sealed record CallFunderResponse(Guid FunderId, string Name, FunderKind Kind, string? Region, decimal Envelope,
    IReadOnlyDictionary<OrganisationCategory, decimal> Rates, IReadOnlyDictionary<OrganisationCategory, decimal>? OutOfTerritoryRates);

public sealed record CallResponse(
    Guid Id,
    string Title,
    string? Programme,
    string? Description,
    IReadOnlyList<string> Territory,
    CallStatus Status,
    InstantDto OpensAt,
    InstantDto SubmissionDeadline,
    InstantDto ReviewDeadline,
    InstantDto CommitteeDate,
    InstantDto FundingDecisionDeadline,
    TimelineDto Timeline,
    EligibilityRules Eligibility,
    EvaluationGrid EvaluationGrid,
    int ExpertsPerProposal,
    bool HideBudgetFromExperts,
    IReadOnlyList<CallFunderResponse> Funders,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PublishedAt,
    PreProposalResponse? PreProposal,
    Guid ClusterId)
{
    public static CallResponse From(Call c, DateTimeOffset now, IReadOnlyDictionary<Guid, Funder> funders)
    {
        var t = c.Timeline;
        var timeline = new TimelineDto(InstantDto.From(t.OpensAt), InstantDto.From(t.SubmissionDeadline), InstantDto.From(t.ReviewDeadline),
            InstantDto.From(t.CommitteeDate), InstantDto.From(t.FundingDecisionDeadline));
        return new CallResponse(c.Id, c.Title, c.Programme, c.Description, c.Territory, c.StatusAt(now),
            timeline.OpensAt, timeline.SubmissionDeadline, timeline.ReviewDeadline, timeline.CommitteeDate, timeline.FundingDecisionDeadline, timeline,
            c.Eligibility, c.EvaluationGrid, c.ExpertsPerProposal, c.HideBudgetFromExperts,
            c.Funders.Select(f =>
            {
                var funder = funders.GetValueOrDefault(f.FunderId);
                return new CallFunderResponse(f.FunderId, funder?.Name ?? "?", funder?.Kind ?? FunderKind.State, funder?.Region, f.Envelope, f.Rates, f.OutOfTerritoryRates);
            }).ToList(),
            c.CreatedAt, c.PublishedAt,
            c.PreProposal is { } stage ? new PreProposalResponse(InstantDto.From(stage.Deadline), stage.MaxPages) : null,
            c.ClusterId);
    }
}

public sealed record CallSummary(Guid Id, string Title, string? Programme, CallStatus Status, InstantDto OpensAt, InstantDto SubmissionDeadline, Guid ClusterId);
