using FundingPortal.Application.Calls;
using FundingPortal.Application.CoFunding;
using FundingPortal.Domain.Calls;

namespace FundingPortal.Application.Reporting;

/// <summary>A milestone to come, in its own zone, in Paris time and in UTC.</summary>
public sealed record UpcomingDeadline(Guid CallId, string CallTitle, string Milestone, InstantDto At, DateTime ParisLocalDateTime);

public sealed record DashboardCall(Guid CallId, string Title, string? Programme, CallStatus Status, int TotalProposals,
    IReadOnlyDictionary<string, int> ProposalsByStatus, ReviewCount ReviewProgress, UpcomingDeadline? NextDeadline,
    IReadOnlyList<FunderFundingLine> Funders, IReadOnlyList<RegionFundingLine> Regions);

public sealed record DashboardResponse(
    DateTimeOffset GeneratedAt,
    bool ReviewFiguresAvailable,
    IReadOnlyList<DashboardCall> Calls,
    IReadOnlyList<UpcomingDeadline> UpcomingDeadlines,
    IReadOnlyList<OverdueExpert> OverdueExperts,
    IReadOnlyList<FunderFundingLine> AidPerFunder,
    IReadOnlyList<RegionFundingLine> AidPerRegion,
    int CoLabelledProjects = 0);
