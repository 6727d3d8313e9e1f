using FundingPortal.Application.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit.ListSeals;

/// <summary>Every seal, newest first (one a day: a few thousand rows over ten years, without their leaves).</summary>
public sealed class ListSeals(IAppDbContext db)
{
    public async Task<IReadOnlyList<AuditSealDto>> Handle(CancellationToken ct) =>
        await db.AuditSeals.AsNoTracking().OrderByDescending(s => s.Id)
            .Select(s => new AuditSealDto(s.Id, s.Date, s.Digest, s.Streams, s.SealedAt, s.FileName))
            .ToListAsync(ct);
}
