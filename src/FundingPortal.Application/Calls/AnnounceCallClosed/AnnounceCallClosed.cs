using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Calls;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Calls.AnnounceCallClosed;

/// <summary>
/// Announces once that a call closed: sets <see cref="Call.ClosedAnnouncedAt"/> and queues <see cref="CallClosed"/> in the
/// same save. The column is a concurrency token, so of two sweeps racing on one call exactly one save succeeds; the other
/// answers false. The cut-off itself never depends on this: the domain refuses late submissions on its own.
/// </summary>
public sealed class AnnounceCallClosed(IAppDbContext db, IOutbox outbox, IAuditTrail audit, TimeProvider clock)
{
    public async Task<bool> Handle(Guid callId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var call = await db.Calls.FirstOrDefaultAsync(c => c.Id == callId, ct);
        if (call is null || call.ClosedAnnouncedAt is not null || call.StatusAt(now) != CallStatus.Closed)
        {
            return false;
        }

        call.AnnounceClosed(now);
        outbox.Enqueue(new CallClosed(call.Id, call.Title, now));
        await audit.RecordAsync(AuditStreams.Call, call.Id, "call_closed", nameof(CallStatus.Open), nameof(CallStatus.Closed),
            new { deadline = call.Timeline.SubmissionDeadline.Utc }, ct);
        // Lost a race (the concurrency token, or the call's audit chain): nothing was written here. Either another sweep
        // announced the call, or another writer moved its chain on and the next sweep, a minute later, announces it.
        return (await db.TrySaveChangesAsync(ct)).IsSuccess;
    }
}
