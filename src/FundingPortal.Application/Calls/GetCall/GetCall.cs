using FundingPortal.Application.Clusters;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.GetCall;

/// <summary>A call as its reader may see it: a manager sees the calls of their own cluster (drafts too), anyone else the published ones.</summary>
public sealed class GetCall(ManagerScope scope, CallDescriber describer)
{
    public async Task<Result<CallResponse>> Handle(Guid id, CancellationToken ct)
    {
        var call = await scope.Calls().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null || (call.PublishedAt is null && !scope.IsManager))
        {
            return Error.NotFound("Call");
        }

        return await describer.Describe(call, ct);
    }
}
