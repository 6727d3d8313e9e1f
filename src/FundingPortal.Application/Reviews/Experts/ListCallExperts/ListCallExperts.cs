using FundingPortal.Application.Clusters;
using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Reviews.Experts.ListCallExperts;

public sealed class ListCallExperts(ManagerScope scope, IAppDbContext db, ICurrentUser user)
{
    /// <summary>Public to every signed-in user who can see the call: applicants choose exclusions from it.</summary>
    public async Task<Result<IReadOnlyList<CallExpertDto>>> Handle(Guid callId, CancellationToken ct)
    {
        var call = await scope.Calls().AsNoTracking().Where(c => c.Id == callId).Select(c => new { c.PublishedAt }).FirstOrDefaultAsync(ct);
        if (call is null || (call.PublishedAt is null && !user.IsInRole(Roles.ClusterManager)))
        {
            return Error.NotFound("Call");
        }

        var experts = await db.Experts.AsNoTracking().Where(e => e.CallIds.Contains(callId)).Select(e => new CallExpertDto(e.Id, e.DisplayName)).ToListAsync(ct);
        return experts.OrderBy(e => e.DisplayName, StringComparer.CurrentCulture).ThenBy(e => e.ExpertId).ToList();
    }
}
