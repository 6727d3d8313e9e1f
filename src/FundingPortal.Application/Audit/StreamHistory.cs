using FundingPortal.Application.Abstractions;
using FundingPortal.Application.Proposals.GetProposalHistory;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Audit;

/// <summary>The entries of one stream in order, in the same shape as a dossier's history.</summary>
public sealed class StreamHistory(IAppDbContext db)
{
    public async Task<IReadOnlyList<HistoryEntry>> Of(string streamType, Guid streamId, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Where(a => a.StreamType == streamType && a.StreamId == streamId).OrderBy(a => a.Sequence)
            .Select(a => new HistoryEntry(a.Sequence, a.OccurredAt, a.ActorUserId, a.Action, a.FromState, a.ToState, a.Details, a.PreviousHash, a.Hash))
            .ToListAsync(ct);
}
