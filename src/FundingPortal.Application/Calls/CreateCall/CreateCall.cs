using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.CreateCall;

public sealed class CreateCall(IAppDbContext db, CallDefinitionFactory factory, IAuditTrail audit, CallDescriber describer, TimeProvider clock)
{
    public async Task<Result<CallResponse>> Handle(CallRequest request, CancellationToken ct)
    {
        var definition = await factory.Build(request, ct);
        if (!definition.IsSuccess)
        {
            return definition.Error!;
        }

        var created = Call.Create(definition.Value, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        db.Calls.Add(created.Value);
        await audit.RecordAsync(AuditStreams.Call, created.Value.Id, "call_created", null, nameof(CallStatus.Draft), new { created.Value.Title }, ct);
        await db.SaveChangesAsync(ct);
        return await describer.Describe(created.Value, ct);
    }
}
