using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Clusters;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.CreateCall;

public sealed class CreateCall(IAppDbContext db, CallDefinitionFactory factory, IAuditTrail audit, CallDescriber describer, ManagerScope scope, TimeProvider clock)
{
    public async Task<Result<CallResponse>> Handle(CallRequest request, CancellationToken ct)
    {
        var definition = await factory.Build(request, ct);
        if (!definition.IsSuccess)
        {
            return definition.Error!;
        }

        var cluster = await ClusterOf(request, ct);
        if (!cluster.IsSuccess)
        {
            return cluster.Error!;
        }

        var created = Call.Create(definition.Value, clock.GetUtcNow(), cluster.Value);
        if (!created.IsSuccess)
        {
            return created.Error!;
        }

        db.Calls.Add(created.Value);
        await audit.RecordAsync(AuditStreams.Call, created.Value.Id, "call_created", null, nameof(CallStatus.Draft), new { created.Value.Title }, ct);
        await db.SaveChangesAsync(ct);
        return await describer.Describe(created.Value, ct);
    }

    /// <summary>A manager creates calls in their own cluster only; clusterId may be omitted (it is theirs).</summary>
    private async Task<Result<Guid>> ClusterOf(CallRequest request, CancellationToken ct)
    {
        var own = await scope.ClusterAsync(ct) ?? Cluster.FirstId;
        if (request.ClusterId is not { } asked || asked == own)
        {
            return own;
        }

        if (!await db.Clusters.AnyAsync(c => c.Id == asked, ct))
        {
            return Error.Field("clusterId", "unknown_cluster", "This cluster does not exist.");
        }

        return new Error("other_cluster", "You manage another cluster: a call is created in your own cluster only.", ErrorKind.Forbidden);
    }
}
