using FundingPortal.Application.Abstractions;
using FundingPortal.Contracts;
using FundingPortal.Domain.Documents;
using Microsoft.EntityFrameworkCore;

namespace FundingPortal.Application.Documents.RequeueStalledDocuments;

/// <summary>
/// Asks again for documents still Pending a while after their request: with the in-memory transport, a request
/// dispatched just before the process was killed is gone with it. Rendering is idempotent, so asking twice is harmless.
/// </summary>
public sealed class RequeueStalledDocuments(IAppDbContext db, IOutbox outbox, TimeProvider clock)
{
    public static readonly TimeSpan StallAfter = TimeSpan.FromMinutes(2);

    public async Task<int> Handle(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var threshold = now - StallAfter;
        var stalled = await db.GeneratedDocuments.Where(d => d.Status == DocumentStatus.Pending && d.LastRequestedAt < threshold)
            .OrderBy(d => d.LastRequestedAt).Take(500).ToListAsync(ct);
        foreach (var document in stalled)
        {
            document.MarkRequested(now);
            outbox.Enqueue(new DocumentRequested(document.Id, document.ProposalId, document.Kind.ToString(), document.Version == 0 ? null : document.Version));
        }

        await db.SaveChangesAsync(ct);
        return stalled.Count;
    }
}
