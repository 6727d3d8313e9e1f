using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.UpdateCall;

public sealed class UpdateCall(ManagerScope scope, IAppDbContext db, CallDefinitionFactory factory, IAuditTrail audit, CallDescriber describer)
{
    public async Task<Result<CallResponse>> Handle(Guid id, CallRequest request, CancellationToken ct)
    {
        var call = await scope.Calls().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null)
        {
            return Error.NotFound("Call");
        }

        if (call.PublishedAt is not null)
        {
            return Error.Conflict("call_not_draft", "A published call can no longer be edited.");
        }

        var definition = await factory.Build(request, ct);
        if (!definition.IsSuccess)
        {
            return definition.Error!;
        }

        var updated = call.Update(definition.Value);
        if (!updated.IsSuccess)
        {
            return updated.Error!;
        }

        await audit.RecordAsync(AuditStreams.Call, call.Id, "call_updated", nameof(CallStatus.Draft), nameof(CallStatus.Draft), null, ct);
        await db.SaveChangesAsync(ct);
        return await describer.Describe(call, ct);
    }
}
