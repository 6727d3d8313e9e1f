using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Common;
using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls;

public sealed class CreateCall(IAppDbContext db, CallDefinitionFactory factory, IAuditTrail audit, CallReader reader, TimeProvider clock)
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
        return await reader.Describe(created.Value, ct);
    }
}

public sealed class UpdateCall(IAppDbContext db, CallDefinitionFactory factory, IAuditTrail audit, CallReader reader)
{
    public async Task<Result<CallResponse>> Handle(Guid id, CallRequest request, CancellationToken ct)
    {
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == id, ct);
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
        return await reader.Describe(call, ct);
    }
}

public sealed class PublishCall(IAppDbContext db, IAuditTrail audit, CallReader reader, TimeProvider clock)
{
    public async Task<Result<CallResponse>> Handle(Guid id, CancellationToken ct)
    {
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == id, ct);
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
        return await reader.Describe(call, ct);
    }
}

public sealed class CallReader(IAppDbContext db, ICurrentUser user, TimeProvider clock)
{
    public async Task<Result<CallResponse>> Get(Guid id, CancellationToken ct)
    {
        var call = await db.Calls.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (call is null || (call.PublishedAt is null && !user.IsInRole(Roles.ClusterManager)))
        {
            return Error.NotFound("Call");
        }

        return await Describe(call, ct);
    }

    public async Task<IReadOnlyList<CallSummary>> List(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var query = db.Calls.AsNoTracking();
        if (!user.IsInRole(Roles.ClusterManager))
        {
            query = query.Where(c => c.PublishedAt != null);
        }

        var calls = await query.OrderByDescending(c => c.CreatedAt).Take(500).ToListAsync(ct);
        return calls.Select(c => new CallSummary(c.Id, c.Title, c.Programme, c.StatusAt(now),
            InstantDto.From(c.Timeline.OpensAt), InstantDto.From(c.Timeline.SubmissionDeadline))).ToList();
    }

    public async Task<CallResponse> Describe(Call call, CancellationToken ct)
    {
        var ids = call.Funders.Select(f => f.FunderId).ToList();
        var funders = await db.Funders.AsNoTracking().Where(f => ids.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        return CallResponse.From(call, clock.GetUtcNow(), funders);
    }
}
