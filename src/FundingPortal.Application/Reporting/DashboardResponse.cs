using FundingPortal.Application.Calls;
using FundingPortal.Application.CoFunding;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Reporting;

/// <summary>A milestone to come, in its own zone, in Paris time and in UTC.</summary>
public sealed record UpcomingDeadline(Guid CallId, string CallTitle, string Milestone, InstantDto At, DateTime ParisLocalDateTime);

/// <param name="Stages">A two-stage call's dossiers counted per stage; null for a one-stage call.</param>
public sealed record DashboardCall(Guid CallId, string Title, string? Programme, CallStatus Status, int TotalProposals,
    IReadOnlyDictionary<string, int> ProposalsByStatus, ReviewCount ReviewProgress, UpcomingDeadline? NextDeadline,
    IReadOnlyList<FunderFundingLine> Funders, IReadOnlyList<RegionFundingLine> Regions, StageCounts? Stages = null);

/// <summary>
/// A two-stage call's funnel: draft pre-proposals, pre-proposals submitted (awaiting the shortlist, invited or not),
/// and full dossiers submitted by the invited consortia. Withdrawn dossiers are in none of them.
/// </summary>
public sealed record StageCounts(int PreProposalDrafts, int PreProposalsSubmitted, int AwaitingShortlist, int Invited, int NotInvited, int FullProposalsSubmitted)
{
    public static StageCounts From(IReadOnlyDictionary<ProposalStatus, int> byStatus)
    {
        int Count(ProposalStatus s) => byStatus.GetValueOrDefault(s);
        ProposalStatus[] beforeFull = [ProposalStatus.Draft, ProposalStatus.PreProposalSubmitted, ProposalStatus.InvitedToFullProposal, ProposalStatus.NotInvited,
            ProposalStatus.Withdrawn];
        var full = byStatus.Where(s => !beforeFull.Contains(s.Key)).Sum(s => s.Value);
        var invited = Count(ProposalStatus.InvitedToFullProposal) + full;
        return new StageCounts(Count(ProposalStatus.Draft), Count(ProposalStatus.PreProposalSubmitted) + invited + Count(ProposalStatus.NotInvited),
            Count(ProposalStatus.PreProposalSubmitted), invited, Count(ProposalStatus.NotInvited), full);
    }
}

public sealed record DashboardResponse(
    DateTimeOffset GeneratedAt,
    bool ReviewFiguresAvailable,
    IReadOnlyList<DashboardCall> Calls,
    IReadOnlyList<UpcomingDeadline> UpcomingDeadlines,
    IReadOnlyList<OverdueExpert> OverdueExperts,
    IReadOnlyList<FunderFundingLine> AidPerFunder,
    IReadOnlyList<RegionFundingLine> AidPerRegion,
    int CoLabelledProjects = 0);
