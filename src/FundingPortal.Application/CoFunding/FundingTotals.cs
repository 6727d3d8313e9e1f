using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding;

public sealed record FunderTotals(Guid CallId, Guid FunderId, decimal Requested, decimal Granted, decimal Pending, int Requests, int Decided);

public sealed record RegionTotals(Guid CallId, string Region, decimal Requested, decimal Granted);

/// <summary>Requested and granted aid summed by the database, per call × funder and per call × partner region.</summary>
public sealed class FundingTotals(IAppDbContext db)
{
    public async Task<IReadOnlyList<FunderTotals>> PerFunder(Guid? callId, Guid? funderId, CancellationToken ct) =>
        await Requests(callId, funderId)
            .GroupBy(r => new { r.CallId, r.FunderId })
            .Select(g => new FunderTotals(g.Key.CallId, g.Key.FunderId, g.Sum(r => r.RequestedAid), g.Sum(r => r.GrantedAid),
                g.Where(r => r.Decision == null).Sum(r => r.RequestedAid), g.Count(), g.Count(r => r.Decision != null)))
            .ToListAsync(ct);

    public async Task<IReadOnlyList<RegionTotals>> PerRegion(Guid? callId, Guid? funderId, CancellationToken ct) =>
        await Requests(callId, funderId)
            .SelectMany(r => r.Lines, (r, l) => new { r.CallId, l.Region, l.RequestedAid, l.GrantedAmount })
            .GroupBy(x => new { x.CallId, x.Region })
            .Select(g => new RegionTotals(g.Key.CallId, g.Key.Region, g.Sum(x => x.RequestedAid), g.Sum(x => x.GrantedAmount)))
            .ToListAsync(ct);

    private IQueryable<Domain.CoFunding.FundingRequest> Requests(Guid? callId, Guid? funderId)
    {
        var query = db.FundingRequests.AsNoTracking();
        if (callId is { } c)
        {
            query = query.Where(r => r.CallId == c);
        }

        if (funderId is { } f)
        {
            query = query.Where(r => r.FunderId == f);
        }

        return query;
    }
}
