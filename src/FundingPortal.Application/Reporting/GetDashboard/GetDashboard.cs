using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Clusters;
using FundingPortal.Application.Calls;
using FundingPortal.Application.CoFunding;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using FundingPortal.Domain.Proposals;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reporting.GetDashboard;

/// <summary>
/// The cluster manager's overview. Every figure is aggregated by the database (counts per call × status, sums per
/// call × funder and call × region), so its cost does not grow with the number of dossiers read into memory.
/// </summary>
public sealed class GetDashboard(ManagerScope scope, IAppDbContext db, FundingTotals totals, IReviewFigures reviews, TimeProvider clock)
{
    public const int MaxUpcomingDeadlines = 20;
    public async Task<DashboardResponse> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var calls = await scope.Calls().AsNoTracking().OrderByDescending(c => c.CreatedAt).Take(200).ToListAsync(ct);
        var callIds = calls.Select(c => c.Id).ToList();
        var counts = await db.Proposals.AsNoTracking()
            .Where(p => callIds.Contains(p.CallId))
            .GroupBy(p => new { p.CallId, p.Status })
            .Select(g => new { g.Key.CallId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var funderIds = calls.SelectMany(c => c.Funders).Select(f => f.FunderId).Distinct().ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => funderIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var perFunder = await totals.PerFunder(null, null, ct);
        var perRegion = await totals.PerRegion(null, null, ct);
        var progress = await reviews.ProgressPerCall(callIds, ct);

        var upcoming = calls.Where(c => c.PublishedAt is not null)
            .SelectMany(c => c.Timeline.Milestones().Where(m => m.Instant.Utc > now).Select(m => Deadline(c, m.Name, m.Instant)))
            .OrderBy(d => d.At.Utc)
            .ToList();

        var dashboardCalls = calls.Select(c =>
        {
            var byStatus = Enum.GetValues<ProposalStatus>().ToDictionary(s => s.ToString(),
                s => counts.Where(x => x.CallId == c.Id && x.Status == s).Sum(x => x.Count));
            var callFunders = c.Funders.Where(f => funders.ContainsKey(f.FunderId))
                .Select(f => FunderFundingLine.From(funders[f.FunderId], f.Envelope, perFunder.FirstOrDefault(a => a.CallId == c.Id && a.FunderId == f.FunderId)))
                .OrderBy(l => l.Kind).ThenBy(l => l.Name, StringComparer.Ordinal)
                .ToList();
            var regions = perRegion.Where(r => r.CallId == c.Id).OrderBy(r => r.Region, StringComparer.Ordinal)
                .Select(r => new RegionFundingLine(r.Region, r.Requested, r.Granted)).ToList();
            var stages = c.IsTwoStage
                ? StageCounts.From(counts.Where(x => x.CallId == c.Id).GroupBy(x => x.Status).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)))
                : null;
            return new DashboardCall(c.Id, c.Title, c.Programme, c.StatusAt(now), byStatus.Values.Sum(), byStatus,
                progress.GetValueOrDefault(c.Id) ?? new ReviewCount(0, 0), upcoming.FirstOrDefault(d => d.CallId == c.Id), callFunders, regions, stages);
        }).ToList();

        // Projects of these calls that at least one partner cluster co-labelled (ADR 0029).
        var coLabelled = await db.CoLabellingRequests.AsNoTracking()
            .Where(r => r.Outcome == CoLabellingOutcome.Labelled)
            .Join(db.Proposals.Where(p => callIds.Contains(p.CallId)), r => r.ProposalId, p => p.Id, (r, _) => r.ProposalId)
            .Distinct().CountAsync(ct);
        var overdue = (await reviews.OverdueExperts(now, ct)).Where(o => callIds.Contains(o.CallId)).ToList();
        return new DashboardResponse(now, reviews.Available, dashboardCalls, upcoming.Take(MaxUpcomingDeadlines).ToList(), overdue,
            AcrossCalls(dashboardCalls, funders), AcrossCalls(dashboardCalls), coLabelled);
    }

    private static UpcomingDeadline Deadline(Call call, string milestone, Domain.Common.LocalInstant instant) =>
        new(call.Id, call.Title, milestone, InstantDto.From(instant), ParisTime.ToLocal(instant.Utc));

    private static List<FunderFundingLine> AcrossCalls(IEnumerable<DashboardCall> calls, IReadOnlyDictionary<Guid, Funder> funders) =>
        calls.SelectMany(c => c.Funders)
            .GroupBy(l => l.FunderId)
            .Select(g => FunderFundingLine.From(funders[g.Key], g.Sum(l => l.Envelope),
                new FunderTotals(Guid.Empty, g.Key, g.Sum(l => l.Requested), g.Sum(l => l.Granted), g.Sum(l => l.Pending), g.Sum(l => l.Requests), g.Sum(l => l.Decided))))
            .OrderBy(l => l.Kind).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();

    private static List<RegionFundingLine> AcrossCalls(IEnumerable<DashboardCall> calls) =>
        calls.SelectMany(c => c.Regions)
            .GroupBy(r => r.Region)
            .Select(g => new RegionFundingLine(g.Key, g.Sum(r => r.Requested), g.Sum(r => r.Granted)))
            .OrderBy(r => r.Region, StringComparer.Ordinal)
            .ToList();
}
