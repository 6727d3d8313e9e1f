using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit.SealChainHeads;

public enum SealTrigger
{
    /// <summary>A manager (or the command) asked: a new seal every time.</summary>
    OnDemand,

    /// <summary>The daily job: at most one seal per day and digest, so a retried run adds nothing.</summary>
    Daily,
}

/// <summary>
/// Reads the head of every audit stream in one query (one snapshot), seals them into a Merkle root stored append-only with
/// its leaves, then publishes the seal's file. A daily run that finds today's seal already over the same heads only writes
/// its file again (the same bytes), so a run that died between the two steps is completed by the next.
/// </summary>
public sealed class SealChainHeads(IAppDbContext db, ISealFiles files, TimeProvider clock)
{
    public async Task<AuditSealDto> Handle(SealTrigger trigger, CancellationToken ct)
    {
        var heads = await db.AuditEntries.AsNoTracking()
            .GroupBy(a => new { a.StreamType, a.StreamId })
            .Select(g => g.OrderByDescending(a => a.Sequence).Select(a => new { a.StreamType, a.StreamId, a.Sequence, a.Hash }).First())
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var seal = AuditSeal.Over(heads.Select(h => new ChainHead(h.StreamType, h.StreamId, h.Sequence, h.Hash)), ParisTime.Today(now), now);

        if (trigger == SealTrigger.Daily
            && await db.AuditSeals.AsNoTracking().Include(s => s.Leaves).Where(s => s.Date == seal.Date && s.Digest == seal.Digest)
                .OrderByDescending(s => s.Id).FirstOrDefaultAsync(ct) is { } already)
        {
            await files.WriteAsync(already, ct);
            return AuditSealDto.From(already);
        }

        db.AuditSeals.Add(seal);
        await db.SaveChangesAsync(ct);
        await files.WriteAsync(seal, ct);
        return AuditSealDto.From(seal);
    }
}
