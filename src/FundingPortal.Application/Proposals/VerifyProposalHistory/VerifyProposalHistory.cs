using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.VerifyProposalHistory;

public sealed record ChainVerification(bool Valid, int Entries, int? BrokenAtSequence);

public sealed class VerifyProposalHistory(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<ChainVerification>> Handle(Guid id, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == id).OrderBy(a => a.Sequence).ToListAsync(ct);
        var personal = await db.AuditPersonalValues.AsNoTracking().Where(v => v.StreamType == AuditStreams.Proposal && v.StreamId == id).ToListAsync(ct);
        var broken = Domain.Audit.AuditEntry.FindBrokenLink(entries) ?? Domain.Audit.AuditPersonalValue.FindAlteredValue(entries, personal);
        return new ChainVerification(broken is null, entries.Count, broken);
    }
}
