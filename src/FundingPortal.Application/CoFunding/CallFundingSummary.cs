using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Funders;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding;

/// <summary>
/// One funder's position in a call. Requested counts the requests sent; granted what was decided; pending what awaits a
/// decision; remaining = envelope − granted; consumption = granted / envelope.
/// </summary>
public sealed record FunderFundingLine(Guid FunderId, string Name, FunderKind Kind, string? Region, decimal Envelope, decimal Requested, decimal Granted,
    decimal Pending, decimal Remaining, decimal Consumption, int Requests, int Decided)
{
    public static FunderFundingLine From(Funder funder, decimal envelope, FunderAggregate? aggregate)
    {
        var granted = aggregate?.Granted ?? 0m;
        return new FunderFundingLine(funder.Id, funder.Name, funder.Kind, funder.Region, envelope, aggregate?.Requested ?? 0m, granted, aggregate?.Pending ?? 0m,
            envelope - granted, envelope == 0 ? 0m : decimal.Round(granted / envelope, 4), aggregate?.Requests ?? 0, aggregate?.Decided ?? 0);
    }
}

public sealed record RegionFundingLine(string Region, decimal Requested, decimal Granted);

public sealed record CallFundingSummaryResponse(Guid CallId, string Title, IReadOnlyList<FunderFundingLine> Funders, IReadOnlyList<RegionFundingLine> Regions,
    decimal TotalRequested, decimal TotalGranted);

/// <summary>A call's envelopes and aid: managers see every funder; a funder officer sees their own funder's figures only.</summary>
public sealed class CallFundingSummary(IAppDbContext db, ICurrentUser user, FundingAggregates aggregates)
{
    public async Task<Result<CallFundingSummaryResponse>> Handle(Guid callId, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
        var isManager = user.IsInRole(Roles.ClusterManager);
        if (call is null || (call.PublishedAt is null && !isManager))
        {
            return Error.NotFound("Call");
        }

        Guid? onlyFunder = null;
        if (!isManager)
        {
            if (FunderOfficerRelation.OfficerFunder(user) is not { } officerFunder || call.FunderById(officerFunder) is null)
            {
                return Error.Forbidden("The funding summary is shown to cluster managers and to the officers of the call's funders.");
            }

            onlyFunder = officerFunder;
        }

        var callFunders = call.Funders.Where(f => onlyFunder is null || f.FunderId == onlyFunder).ToList();
        var ids = callFunders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var perFunder = (await aggregates.PerFunder(callId, onlyFunder, ct)).ToDictionary(a => a.FunderId);
        var lines = callFunders.Where(f => funders.ContainsKey(f.FunderId))
            .Select(f => FunderFundingLine.From(funders[f.FunderId], f.Envelope, perFunder.GetValueOrDefault(f.FunderId)))
            .OrderBy(l => l.Kind).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var regions = (await aggregates.PerRegion(callId, onlyFunder, ct))
            .OrderBy(r => r.Region, StringComparer.Ordinal)
            .Select(r => new RegionFundingLine(r.Region, r.Requested, r.Granted))
            .ToList();
        return new CallFundingSummaryResponse(call.Id, call.Title, lines, regions, lines.Sum(l => l.Requested), lines.Sum(l => l.Granted));
    }
}
