using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Reviews;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.DemoData;

/// <summary>
/// The demo's objects were written directly, not through the use cases that record their history: each call, dossier,
/// expert and assignment gets one chained "demo_seeded" entry with the state it was seeded in, so the demo has a chain
/// per stream for "verify everything" and the seals (docs/proof.md) to work on.
/// </summary>
public sealed partial class DemoSeeder
{
    private const string SeededAction = "demo_seeded";

    private async Task SeedAuditTrailAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var call in await db.Calls.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct))
        {
            await audit.RecordAsync(AuditStreams.Call, call.Id, SeededAction, null, call.StatusAt(now).ToString(), null, ct);
        }

        foreach (var proposal in await db.Proposals.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Status, p.Reference }).ToListAsync(ct))
        {
            await audit.RecordAsync(AuditStreams.Proposal, proposal.Id, SeededAction, null, proposal.Status.ToString(), new { proposal.Reference }, ct);
        }

        foreach (var expertId in await db.Experts.AsNoTracking().OrderBy(e => e.Id).Select(e => e.Id).ToListAsync(ct))
        {
            await audit.RecordAsync(ReviewAuditStreams.Expert, expertId, SeededAction, null, null, null, ct);
        }

        foreach (var assignment in await db.ReviewAssignments.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.Id, a.Status }).ToListAsync(ct))
        {
            await audit.RecordAsync(ReviewAuditStreams.Assignment, assignment.Id, SeededAction, null, assignment.Status.ToString(), null, ct);
        }

        await db.SaveChangesAsync(ct);
    }
}
