using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reporting;
using FundingPortal.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Figures;

/// <summary>Review figures for the dashboard and exports, aggregated in SQL over assignments and evaluations.</summary>
public sealed class AssignmentReviewFigures(IAppDbContext db) : IReviewFigures
{
    public bool Available => true;

    public async Task<IReadOnlyDictionary<Guid, ReviewCount>> ProgressPerCall(IReadOnlyCollection<Guid> callIds, CancellationToken ct)
    {
        var rows = await db.ReviewAssignments.AsNoTracking()
            .Where(a => callIds.Contains(a.CallId) && a.Status != AssignmentStatus.Declined)
            .GroupBy(a => a.CallId)
            .Select(g => new { CallId = g.Key, Total = g.Count(), Submitted = g.Count(a => a.Status == AssignmentStatus.Submitted) })
            .ToListAsync(ct);
        return callIds.ToDictionary(id => id, id => rows.FirstOrDefault(r => r.CallId == id) is { } r ? new ReviewCount(r.Submitted, r.Total) : new ReviewCount(0, 0));
    }

    public async Task<IReadOnlyList<OverdueExpert>> OverdueExperts(DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.ReviewAssignments.AsNoTracking()
            .Where(a => (a.Status == AssignmentStatus.Invited || a.Status == AssignmentStatus.Accepted) && a.DueAt < now)
            .GroupBy(a => new { a.ExpertId, a.CallId })
            .Select(g => new { g.Key.ExpertId, g.Key.CallId, Count = g.Count(), DueAt = g.Min(a => a.DueAt) })
            .ToListAsync(ct);
        var expertIds = rows.Select(r => r.ExpertId).Distinct().ToList();
        var names = await db.Experts.AsNoTracking().Where(e => expertIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.DisplayName, ct);
        return rows.Select(r => new OverdueExpert(r.ExpertId, names.GetValueOrDefault(r.ExpertId, "?"), r.CallId, r.Count, r.DueAt))
            .OrderBy(r => r.DueAt).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, decimal>> WeightedScores(Guid callId, CancellationToken ct) =>
        await db.ProposalEvaluations.AsNoTracking().Where(e => e.CallId == callId && e.WeightedScore != null)
            .ToDictionaryAsync(e => e.ProposalId, e => e.WeightedScore!.Value, ct);
}
