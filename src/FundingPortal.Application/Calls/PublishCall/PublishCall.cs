using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.PublishCall;

public sealed class PublishCall(ManagerScope scope, IAppDbContext db, IAuditTrail audit, CallDescriber describer, TimeProvider clock)
{
    public async Task<Result<CallResponse>> Handle(Guid id, CancellationToken ct)
    {
        var call = await scope.Calls().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        var now = clock.GetUtcNow();
        var published = call.Publish(now);
        if (!published.IsSuccess)
        {
            return published.Error!;
        }

        await audit.RecordAsync(AuditStreams.Call, call.Id, "call_published", nameof(CallStatus.Draft), call.StatusAt(now).ToString(), null, ct);
        await db.SaveChangesAsync(ct);
        return await describer.Describe(call, ct);
    }
}
