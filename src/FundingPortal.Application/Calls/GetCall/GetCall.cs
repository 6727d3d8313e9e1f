using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.GetCall;

/// <summary>A call as its reader may see it: a draft only to cluster managers.</summary>
public sealed class GetCall(IAppDbContext db, ICurrentUser user, CallDescriber describer)
{
    public async Task<Result<CallResponse>> Handle(Guid id, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null || (call.PublishedAt is null && !user.IsInRole(Roles.ClusterManager)))
        {
            return Error.NotFound("Call");
        }

        return await describer.Describe(call, ct);
    }
}
