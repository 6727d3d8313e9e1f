using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Proposals.GetProposalHistory;

public sealed record HistoryEntry(int Sequence, DateTimeOffset OccurredAt, Guid? ActorUserId, string Action, string? FromState, string? ToState,
    string? Details, string PreviousHash, string Hash);

public sealed class GetProposalHistory(IAppDbContext db, ProposalVisibility visibility)
{
    public async Task<Result<IReadOnlyList<HistoryEntry>>> Handle(Guid id, CancellationToken ct)
    {
        var insider = await visibility.EnsureInsider(id, ct);
        if (!insider.IsSuccess)
        {
            return insider.Error!;
        }

        return await db.AuditEntries.AsNoTracking().Where(a => a.StreamType == AuditStreams.Proposal && a.StreamId == id).OrderBy(a => a.Sequence)
            .Select(a => new HistoryEntry(a.Sequence, a.OccurredAt, a.ActorUserId, a.Action, a.FromState, a.ToState, a.Details, a.PreviousHash, a.Hash))
            .ToListAsync(ct);
    }
}
