using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.CoFunding.GetCallFundingSummary;

/// <summary>A call's envelopes and aid: managers see every funder; a funder officer sees their own funder's figures only.</summary>
public sealed class GetCallFundingSummary(ManagerScope scope, IAppDbContext db, ICurrentUser user, FundingTotals totals)
{
    public async Task<Result<CallFundingSummaryResponse>> Handle(Guid callId, CancellationToken ct)
    {
        var call = await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == callId, ct);
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
        var perFunder = (await totals.PerFunder(callId, onlyFunder, ct)).ToDictionary(a => a.FunderId);
        var lines = callFunders.Where(f => funders.ContainsKey(f.FunderId))
            .Select(f => FunderFundingLine.From(funders[f.FunderId], f.Envelope, perFunder.GetValueOrDefault(f.FunderId)))
            .OrderBy(l => l.Kind).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToList();
        var regions = (await totals.PerRegion(callId, onlyFunder, ct))
            .OrderBy(r => r.Region, StringComparer.Ordinal)
            .Select(r => new RegionFundingLine(r.Region, r.Requested, r.Granted))
            .ToList();
        return new CallFundingSummaryResponse(call.Id, call.Title, lines, regions, lines.Sum(l => l.Requested), lines.Sum(l => l.Granted));
    }
}
